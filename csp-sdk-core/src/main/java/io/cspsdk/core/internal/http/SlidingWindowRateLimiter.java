package io.cspsdk.core.internal.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code permitsPerMinute} permits per tenant key in any 60-second window. Each key keeps the send times
 * of its permits of the last minute, at most {@code permitsPerMinute} of them (a ring that grows only as far as
 * the key is used); when it is full, a new permit is due once the oldest is more than 60 seconds old. {@link #reserve(String)} takes the permit at once and
 * says how long the caller must wait before sending, so waiting happens outside any lock and through the injected
 * sleeper. Thread-safe; shared by all threads of one client.
 */
final class SlidingWindowRateLimiter {
  static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

  private final int limit;
  private final Clock clock;
  private final Cache<String, Window> windows = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10))
      .maximumSize(100_000)
      .build();

  SlidingWindowRateLimiter(int permitsPerMinute, Clock clock) {
    if (permitsPerMinute <= 0) {
      throw new IllegalArgumentException("permitsPerMinute must be positive");
    }
    this.limit = permitsPerMinute;
    this.clock = clock;
  }

  /** Takes one permit for {@code key}; returns how long to wait before sending (zero when one is free now). */
  Duration reserve(String key) {
    long now = nanos();
    Window window = windows.get(key, k -> new Window());
    long at;
    synchronized (window) {
      at = window.reserve(now, limit);
    }
    return at <= now ? Duration.ZERO : Duration.ofNanos(at - now);
  }

  private long nanos() {
    Instant i = clock.instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  /** The send times of a key's last permits, oldest first, in a ring. */
  private static final class Window {
    private long[] times = new long[1];
    private int head;
    private int size;

    long reserve(long now, int limit) {
      // permits that left the window no longer count: the ring holds at most one minute of permits
      while (size > 0 && times[head] + WINDOW_NANOS < now) {
        head = (head + 1) % times.length;
        size--;
      }
      long at = now;
      if (size == limit) {
        // the permit `limit` places back must lie more than a whole window before this one
        at = Math.max(at, times[head] + WINDOW_NANOS + 1);
        head = (head + 1) % times.length;
        size--;
      }
      if (size > 0) {
        at = Math.max(at, times[(head + size - 1) % times.length]);
      }
      if (size == times.length) {
        grow(limit);
      }
      times[(head + size) % times.length] = at;
      size++;
      return at;
    }

    private void grow(int limit) {
      long[] bigger = new long[(int) Math.min(limit, (long) times.length * 2)];
      for (int i = 0; i < size; i++) {
        bigger[i] = times[(head + i) % times.length];
      }
      times = bigger;
      head = 0;
    }
  }
}
