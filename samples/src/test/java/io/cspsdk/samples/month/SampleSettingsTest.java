package io.cspsdk.samples.month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The choice between the fake and the real Partner Center, and the write switch; no network involved. */
class SampleSettingsTest {
  private static final Path OUT = Path.of("out");
  private static final Map<String, String> CREDENTIALS = Map.of(SampleSettings.TENANT_ID, "partner.onmicrosoft.com",
      SampleSettings.CLIENT_ID, "11111111-2222-3333-4444-555555555555", SampleSettings.CLIENT_SECRET, "s3cret");

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }

  @Test
  void from_noCredentials_usesTheFakeWithWrites() {
    SampleSettings s = SampleSettings.from(Map.of("PATH", "/usr/bin"), List.of(), OUT);
    assertThat(s.target()).isEqualTo(SampleSettings.Target.FAKE);
    assertThat(s.isFake()).isTrue();
    assertThat(s.writesAllowed()).isTrue();
    assertThat(s.credentials()).isEmpty();
    assertThat(s.outputDir()).isEqualTo(OUT);
  }

  @Test
  void from_blankCredentials_countAsUnset() {
    Map<String, String> blank = Map.of(SampleSettings.TENANT_ID, " ", SampleSettings.CLIENT_ID, "",
        SampleSettings.CLIENT_SECRET, "");
    assertThat(SampleSettings.from(blank, List.of(), OUT).isFake()).isTrue();
  }

  @Test
  void from_allThreeCredentials_realPartnerCenterReadOnly() {
    SampleSettings s = SampleSettings.from(CREDENTIALS, List.of(), OUT);
    assertThat(s.target()).isEqualTo(SampleSettings.Target.PARTNER_CENTER);
    assertThat(s.writesAllowed()).isFalse();
    assertThat(s.credentials()).hasValueSatisfying(c -> {
      assertThat(c.tenantId()).isEqualTo("partner.onmicrosoft.com");
      assertThat(c.refreshToken()).isEmpty();
      assertThat(c.toString()).doesNotContain("s3cret").contains("clientSecret=****");
    });
    assertThat(s.describe()).contains("read-only").doesNotContain("s3cret");
  }

  @Test
  void from_writeFlagOrVariable_allowsWrites() {
    assertThat(SampleSettings.from(CREDENTIALS, List.of("--allow-writes"), OUT).writesAllowed()).isTrue();
    assertThat(SampleSettings.from(with(CREDENTIALS, SampleSettings.ALLOW_WRITES, "TRUE"), List.of(), OUT)
        .writesAllowed()).isTrue();
    assertThat(SampleSettings.from(with(CREDENTIALS, SampleSettings.ALLOW_WRITES, "false"), List.of(), OUT)
        .writesAllowed()).isFalse();
  }

  @Test
  void from_refreshToken_isKeptAndNeverShown() {
    SampleSettings s = SampleSettings.from(with(CREDENTIALS, SampleSettings.REFRESH_TOKEN, "rt-123"), List.of(), OUT);
    assertThat(s.credentials().orElseThrow().refreshToken()).contains("rt-123");
    assertThat(s.credentials().orElseThrow().toString()).doesNotContain("rt-123");
  }

  @Test
  void from_partialCredentials_failsNamingTheMissingVariable() {
    Map<String, String> partial = Map.of(SampleSettings.TENANT_ID, "t", SampleSettings.CLIENT_ID, "c");
    assertThatThrownBy(() -> SampleSettings.from(partial, List.of(), OUT)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(SampleSettings.CLIENT_SECRET));
    assertThatThrownBy(() -> SampleSettings.from(Map.of(SampleSettings.CLIENT_SECRET, "x"), List.of(), OUT))
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(SampleSettings.TENANT_ID))
        .hasMessageNotContaining("x\"");
    assertThatThrownBy(() -> SampleSettings.from(Map.of(SampleSettings.REFRESH_TOKEN, "r"), List.of(), OUT))
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(SampleSettings.REFRESH_TOKEN));
  }

  @Test
  void from_badSwitches_failTyped() {
    assertThatThrownBy(() -> SampleSettings.from(with(CREDENTIALS, SampleSettings.ALLOW_WRITES, "yes"), List.of(),
        OUT)).satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(SampleSettings.ALLOW_WRITES));
    assertThatThrownBy(() -> SampleSettings.from(Map.of(), List.of("--write"), OUT))
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("arguments"));
  }

  @Test
  void from_outputDirectory_fromArgumentOrVariable() {
    assertThat(SampleSettings.from(Map.of(SampleSettings.OUTPUT_DIR, "/tmp/a"), List.of(), OUT).outputDir())
        .isEqualTo(Path.of("/tmp/a"));
    assertThat(SampleSettings.from(Map.of(SampleSettings.OUTPUT_DIR, "/tmp/a"), List.of("--output", "b"), OUT)
        .outputDir()).isEqualTo(Path.of("b"));
  }

  @Test
  void open_realPartnerCenter_buildsTheClientWithoutCallingAnythingAndKeepsTheSwitches() {
    try (SampleEnvironment env = SampleEnvironment.open(SampleSettings.from(CREDENTIALS, List.of(), OUT))) {
      assertThat(env.isFake()).isFalse();
      assertThat(env.fake()).isEmpty();
      assertThat(env.writesAllowed()).isFalse();
      assertThat(env.appPlusUser()).isFalse();
      assertThat(env.partnerId()).isEqualTo("partner.onmicrosoft.com");
      assertThatThrownBy(() -> env.advanceTo(java.time.Instant.now())).isInstanceOf(IllegalStateException.class);
    }
    try (SampleEnvironment env = SampleEnvironment.open(SampleSettings.from(
        with(CREDENTIALS, SampleSettings.REFRESH_TOKEN, "rt"), List.of("--allow-writes"), OUT))) {
      assertThat(env.writesAllowed()).isTrue();
      assertThat(env.appPlusUser()).isTrue();
    }
  }
}
