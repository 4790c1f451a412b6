package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterMain;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standalone server's /_fake/ admin endpoints, driven with the JDK HttpClient only. */
class AdminEndpointsTest {
  FakePartnerCenter fake;
  Http api;
  Http admin;

  @BeforeEach
  void start() {
    fake = FakePartnerCenterMain.start("--port", "0", "--seed", "5", "--page-size", "3");
    api = new Http(fake.endpoint());
    admin = new Http(fake.baseUri()).without("Authorization");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void clockSet_forwardMovesTime_backwardOrGarbageAnswers400() {
    assertThat(admin.send("POST", "/_fake/clock/set", "{\"now\":\"2026-03-01T00:00:00Z\"}").json().get("now")
        .asText()).isEqualTo("2026-03-01T00:00:00Z");
    assertThat(admin.get("/_fake/clock").json().get("now").asText()).isEqualTo("2026-03-01T00:00:00Z");
    Http.Answer back = admin.send("POST", "/_fake/clock/set", "{\"now\":\"2026-01-01T00:00:00Z\"}");
    assertThat(back.status()).isEqualTo(400);
    assertThat(back.body()).contains("now");
    assertThat(admin.send("POST", "/_fake/clock/set", "{\"now\":\"yesterday\"}").status()).isEqualTo(400);
    assertThat(admin.get("/_fake/clock").json().get("now").asText()).isEqualTo("2026-03-01T00:00:00Z");
  }

  @Test
  void clockAdvance_badOrMonthDuration_answers400AndLeavesClock() {
    String now = admin.get("/_fake/clock").json().get("now").asText();
    assertThat(admin.send("POST", "/_fake/clock/advance?by=P1M", "{}").status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance", "{\"duration\":\"soon\"}").status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance", "{}").status()).isEqualTo(400);
    assertThat(admin.get("/_fake/clock").json().get("now").asText()).isEqualTo(now);
    assertThat(admin.send("POST", "/_fake/clock/advance", "{\"duration\":\"PT6H\"}").json().get("now").asText())
        .isEqualTo("2026-01-05T15:00:00Z");
  }

  @Test
  void faults_throttleEveryNth_answers429WithRetryAfter_untilDeleted() {
    assertThat(admin.send("POST", "/_fake/faults", Map.of("method", "GET", "path", "/customers", "kind",
        "throttle", "retryAfterSeconds", 7, "everyNth", 2)).status()).isEqualTo(201);
    assertThat(api.get("/customers").status()).isEqualTo(200);
    Http.Answer throttled = api.get("/customers");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("7");
    assertThat(admin.send("DELETE", "/_fake/faults", null).status()).isEqualTo(204);
    for (int i = 0; i < 4; i++) {
      assertThat(api.get("/customers").status()).isEqualTo(200);
    }
  }

  @Test
  void faults_unknownKindOrMissingPath_answers400AndInstallsNothing() {
    assertThat(admin.send("POST", "/_fake/faults", Map.of("path", "/customers", "kind", "explode")).status())
        .isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/faults", Map.of("kind", "status")).status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/faults", Map.of("path", "/customers", "kind", "status",
        "probability", 2.0)).status()).isEqualTo(400);
    assertThat(api.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void requests_deleteClearsJournal_adminCallsAreNotJournalled() {
    api.get("/customers");
    api.get("/customers/00000000-0000-4000-8000-000000000000");
    var items = admin.get("/_fake/requests").json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(1).get("status").asInt()).isEqualTo(404);
    assertThat(admin.send("DELETE", "/_fake/requests", null).status()).isEqualTo(204);
    assertThat(admin.get("/_fake/requests").json().get("totalCount").asInt()).isZero();
  }

  @Test
  void scenario_malformedJson_answers400() {
    assertThat(admin.send("POST", "/_fake/scenario", "{\"customers\": [").status()).isEqualTo(400);
    assertThat(api.get("/customers").json().get("items")).isEmpty();
  }

  @Test
  void admin_unknownEndpoint_answers404() {
    assertThat(admin.send("POST", "/_fake/explode", "{}").status()).isEqualTo(404);
  }
}
