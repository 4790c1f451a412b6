package io.cspsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoggingStageRedactionTest {
  private static String redact(String body) {
    return LoggingStage.redact(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void redact_secretMembers_areMaskedAndOthersKept() {
    assertThat(redact("{\"password\" : \"p\\\"w\", \"clientSecret\":\"s\",\"name\":\"Ann\",\"AccessToken\":\"t\"}"))
        .isEqualTo("{\"password\" : \"****\", \"clientSecret\":\"****\",\"name\":\"Ann\",\"AccessToken\":\"****\"}");
  }

  @Test
  void redact_secretValueOfThousandsOfCharacters_isMaskedWithoutRecursion() {
    String value = "a\\\"b".repeat(7_000);

    String masked = redact("{\"id\":1,\"password\":\"" + value + "\",\"next\":\"ok\"}");

    assertThat(masked).isEqualTo("{\"id\":1,\"password\":\"****\",\"next\":\"ok\"}");
  }

  @Test
  void redact_bodyCutInsideASecret_masksToTheEnd() {
    assertThat(redact("{\"refresh_token\":\"0.AAAA-secret-cut")).isEqualTo("{\"refresh_token\":\"****\"");
  }

  @Test
  void redact_secretWordInAValueNotAName_isKept() {
    assertThat(redact("{\"note\":\"password\",\"x\":\"y\"}")).isEqualTo("{\"note\":\"password\",\"x\":\"y\"}");
  }

  @Test
  void redact_sasSignatureInAUrlValue_isMaskedKeepingTheOtherParameters() {
    assertThat(redact("{\"url\":\"https://b.example/c/f?sv=2023&SIG=abc%2Bdef&se=1\",\"u2\":\"x?sig=q\"}"))
        .isEqualTo("{\"url\":\"https://b.example/c/f?sv=2023&SIG=****&se=1\",\"u2\":\"x?sig=****\"}");
  }

  @Test
  void payloadExcerpt_longRecord_isCutAtTheLimitAfterMasking() {
    String record = "{\"password\":\"" + "p".repeat(10_000) + "\",\"name\":\"" + "n".repeat(10_000) + "\"}";

    String excerpt = PayloadExcerpt.of(record);

    assertThat(excerpt).hasSize(io.cspsdk.core.error.ResponseParseException.MAX_EXCERPT_CHARS)
        .startsWith("{\"password\":\"****\",\"name\":\"nnn").endsWith("...").doesNotContain("ppp");
  }
}
