package io.cspsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void reserve_beyondBurst_waitsOneIntervalPerQueuedPermit() {
    TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(60, 2, clock);

    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(1));
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void reserve_afterTimePasses_refillsAtRateUpToBurst() {
    TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(60, 2, clock);
    limiter.reserve("partner");
    limiter.reserve("partner");
    limiter.reserve("partner");

    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(1));

    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void reserve_defaultRate_allows500PerMinuteSustained() {
    TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(500, 83, clock);
    Duration lastWait = Duration.ZERO;
    for (int i = 0; i < 83 + 500; i++) {
      lastWait = limiter.reserve("partner");
    }
    assertThat(lastWait).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void reserve_otherKey_hasItsOwnBucket() {
    TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(60, 1, clock);
    limiter.reserve("partner+customer:c1");

    assertThat(limiter.reserve("partner+customer:c2")).isZero();
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner+customer:c1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void tenantKey_customerScopedPaths_includeTheCustomer() {
    assertThat(RateLimitStage.tenantKey("/v1/customers/ABC/subscriptions")).isEqualTo("partner+customer:abc");
    assertThat(RateLimitStage.tenantKey("/v1/customers/abc")).isEqualTo("partner+customer:abc");
    assertThat(RateLimitStage.tenantKey("/v1/customers")).isEqualTo("partner");
    assertThat(RateLimitStage.tenantKey("/v1/customers/relationshiprequests")).isEqualTo("partner");
    assertThat(RateLimitStage.tenantKey("/v1/invoices")).isEqualTo("partner");
  }
}
