package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterMain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StandaloneMainTest {

  @Test
  void start_withScenarioFile_servesItOverHttpWithAdminEndpoints() throws Exception {
    Path scenario = Path.of(getClass().getResource("/scenarios/two-customers.json").toURI());
    try (FakePartnerCenter fake = FakePartnerCenterMain.start("--port", "0", "--scenario", scenario.toString(),
        "--page-size", "1")) {
      Http http = new Http(fake.endpoint());
      Http.Answer first = http.get("/customers");
      assertThat(first.json().get("items")).hasSize(1);
      assertThat(first.json().path("links").path("next").path("uri").asText()).contains("seekOperation=Next");
      Http admin = new Http(fake.baseUri()).without("Authorization");
      assertThat(admin.send("POST", "/_fake/clock/advance", "{\"duration\":\"P400D\"}").status()).isEqualTo(200);
      assertThat(http.get("/invoices").json().get("totalCount").asInt()).isGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void start_withUnknownArgument_failsNamingIt() {
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--bogus")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--bogus");
  }
}
