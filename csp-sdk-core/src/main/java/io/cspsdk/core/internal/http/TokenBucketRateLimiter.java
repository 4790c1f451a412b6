package io.cspsdk.core.internal.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets per tenant key, refilled continuously at {@code permitsPerMinute}, holding at most {@code burst}
 * permits. {@link #reserve(String)} takes a permit at once and says how long the caller must wait before using it
 * (a reservation: the bucket may go negative), so waiting happens outside any lock and through the injected sleeper.
 * Thread-safe; shared by all threads of one client.
 */
final class TokenBucketRateLimiter {
  private final double permitsPerNano;
  private final double burst;
  private final Clock clock;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10))
      .maximumSize(100_000)
      .build();

  TokenBucketRateLimiter(int permitsPerMinute, int burst, Clock clock) {
    if (permitsPerMinute <= 0 || burst <= 0) {
      throw new IllegalArgumentException("permitsPerMinute and burst must be positive");
    }
    this.permitsPerNano = permitsPerMinute / 60e9;
    this.burst = burst;
    this.clock = clock;
  }

  /** Takes one permit for {@code key}; returns how long to wait before sending (zero when a permit was available). */
  Duration reserve(String key) {
    long now = nanos();
    Bucket bucket = buckets.get(key, k -> new Bucket(burst, now));
    synchronized (bucket) {
      long elapsed = Math.max(0, now - bucket.updatedNanos);
      bucket.tokens = Math.min(burst, bucket.tokens + elapsed * permitsPerNano);
      bucket.updatedNanos = Math.max(now, bucket.updatedNanos);
      bucket.tokens -= 1;
      if (bucket.tokens >= 0) {
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil(-bucket.tokens / permitsPerNano));
    }
  }

  private long nanos() {
    java.time.Instant i = clock.instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private static final class Bucket {
    double tokens;
    long updatedNanos;

    Bucket(double tokens, long updatedNanos) {
      this.tokens = tokens;
      this.updatedNanos = updatedNanos;
    }
  }
}
