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
}
