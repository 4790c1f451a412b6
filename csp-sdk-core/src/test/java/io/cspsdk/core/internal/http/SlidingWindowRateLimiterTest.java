package io.cspsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void reserve_limitReached_waitsUntilTheOldestPermitLeavesTheWindow() {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(3, clock);

    assertThat(limiter.reserve("partner")).isZero();
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(50).plusNanos(1));
    assertThat(limiter.reserve("partner")).isEqualTo(Duration.ofSeconds(60).plusNanos(1));
  }

  @Test
  void reserve_burstAtStart_letsExactlyTheLimitThroughInTheFirstMinute() {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(500, clock);
    int sentInFirstMinute = 0;
    for (int i = 0; i < 1500; i++) {
      if (limiter.reserve("partner").compareTo(Duration.ofMinutes(1)) < 0) {
        sentInFirstMinute++;
      }
    }

    assertThat(sentInFirstMinute).isEqualTo(500);
  }

  @Test
  void reserve_seededBurstyArrivals_neverMoreThanTheLimitInAnySixtySecondWindow() {
    int limit = 500;
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(limit, clock);
    Random random = new Random(42);
    List<Instant> sends = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      // bursts of back-to-back calls separated by pauses of up to 20 s
      clock.advance(random.nextInt(10) == 0 ? Duration.ofMillis(random.nextInt(20_000)) : Duration.ZERO);
      sends.add(clock.instant().plus(limiter.reserve("partner")));
    }
    sends.sort(null);

    for (int i = 0; i + limit < sends.size(); i++) {
      assertThat(Duration.between(sends.get(i), sends.get(i + limit))).isGreaterThan(Duration.ofMinutes(1));
    }
    // and no permit is held back longer than the backlog needs: 5,000 permits are at most 10 windows behind
    assertThat(sends.get(sends.size() - 1)).isBefore(clock.instant().plus(Duration.ofMinutes(10)));
  }

  @Test
  void reserve_otherKey_hasItsOwnWindow() {
    SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(1, clock);
    limiter.reserve("partner+customer:c1");

    assertThat(limiter.reserve("partner+customer:c2")).isZero();
    assertThat(limiter.reserve("partner")).isZero();
    assertThat(limiter.reserve("partner+customer:c1")).isEqualTo(Duration.ofMinutes(1).plusNanos(1));
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
