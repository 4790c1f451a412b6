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

  @Test
  void start_withEverySetting_appliesThemAfterTheScenario() throws Exception {
    Path scenario = Path.of(getClass().getResource("/scenarios/two-customers.json").toURI());
    try (FakePartnerCenter fake = FakePartnerCenterMain.start("--port", "0", "--scenario", scenario.toString(),
        "--seed", "7", "--start", "2026-03-01T00:00:00Z", "--page-size", "1", "--threads", "2",
        "--no-customer-agreement", "--rate-limit", "100", "--customer-rate-limit", "2",
        "--latency", "0ms", "--route-latency", "GET /customers/** 0ms-1ms", "--latency-seed", "3",
        "--journal-capacity", "50", "--journal-max-body-chars", "1000", "--max-body-bytes", "200")) {
      assertThat(fake.clock().instant()).hasToString("2026-03-01T00:00:00Z");
      Http http = new Http(fake.endpoint());
      assertThat(http.get("/customers").json().get("items")).hasSize(1);
      String c = fake.seed().customer("No Agreement").lastCustomerId();
      Http.Answer order = http.send("POST", "/customers/" + c + "/orders",
          "{\"lineItems\": [{\"offerId\": \"CFQ7TTC0LH18:0001:CFQ7TTC0KCWD\", \"quantity\": 1}]}");
      assertThat(order.status()).as(order.body()).isEqualTo(201);
      assertThat(http.get("/customers/" + c).status()).isEqualTo(200);
      assertThat(http.get("/customers/" + c).status()).isEqualTo(429);
      assertThat(http.send("POST", "/customers", "x".repeat(300)).status()).isEqualTo(413);
    }
  }

  @Test
  void start_withBadSettings_failsNamingTheOption() {
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--latency", "fast"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--latency");
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--route-latency", "GET 5ms"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--route-latency");
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--rate-limit-wall-clock"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rate-limit");
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--start", "tomorrow"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--start");
    assertThatThrownBy(() -> FakePartnerCenterMain.start("--scenario", "nowhere.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Path.of("nowhere.json").toAbsolutePath().toString());
  }
}
