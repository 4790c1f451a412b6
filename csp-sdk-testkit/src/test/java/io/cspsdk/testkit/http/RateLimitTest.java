package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private FakePartnerCenter fake;

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  private Http start(RateLimit limit) {
    fake = FakePartnerCenter.builder().rateLimit(limit).build().start();
    return new Http(fake.endpoint());
  }

  @Test
  void partnerKey_overTheLimit_answers429WithRetryAfterUntilTheMinuteHasPassed() {
    Http http = start(RateLimit.perMinute(3));
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("/customers").status()).isEqualTo(200);
      fake.clock().advance(Duration.ofSeconds(10));
    }
    Http.Answer throttled = http.get("/invoices");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("30");
    assertThat(throttled.json().get("statusCode").asInt()).isEqualTo(429);
    assertThat(throttled.json().get("message").asText()).isEqualTo("Rate limit is exceeded. Try again in 30 seconds.");
    fake.clock().advance(Duration.ofSeconds(30));
    assertThat(http.get("/customers").status()).isEqualTo(200);
    assertThat(http.get("/customers").status()).isEqualTo(429);
  }

  @Test
  void customerKeys_areCountedApartFromEachOtherAndFromThePartner() {
    Http http = start(RateLimit.perMinute(100).customerPerMinute(2));
    String a = fake.seed().customer("Contoso").lastCustomerId();
    String b = fake.seed().customer("Fabrikam").lastCustomerId();
    assertThat(http.get("/customers/" + a).status()).isEqualTo(200);
    assertThat(http.get("/customers/" + a + "/subscriptions").status()).isEqualTo(200);
    assertThat(http.get("/customers/" + a.toUpperCase() + "/users").status()).isEqualTo(429);
    assertThat(http.get("/customers/" + b + "/subscriptions").status()).isEqualTo(200);
    assertThat(http.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void wallClockLimit_doesNotReopenWhenTheFakeClockMoves() {
    Http http = start(RateLimit.perMinute(1).onWallClock());
    assertThat(http.get("/customers").status()).isEqualTo(200);
    fake.clock().advance(Duration.ofMinutes(5));
    Http.Answer a = http.get("/customers");
    assertThat(a.status()).isEqualTo(429);
    assertThat(Integer.parseInt(a.header("Retry-After"))).isBetween(1, 60);
  }

  @Test
  void adminCalls_areNotLimited() {
    start(RateLimit.perMinute(1));
    Http admin = new Http(fake.baseUri()).without("Authorization");
    for (int i = 0; i < 3; i++) {
      assertThat(admin.get("/_fake/clock").status()).isEqualTo(200);
    }
  }

  @Test
  void rateLimit_setAtRuntime_isUndoneByReset() {
    Http http = start(RateLimit.perMinute(1));
    fake.rateLimit(null);
    assertThat(http.get("/customers").status()).isEqualTo(200);
    assertThat(http.get("/customers").status()).isEqualTo(200);
    fake.reset();
    assertThat(http.get("/customers").status()).isEqualTo(200);
    assertThat(http.get("/customers").status()).isEqualTo(429);
  }
}
