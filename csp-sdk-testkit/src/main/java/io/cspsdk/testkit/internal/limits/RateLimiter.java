package io.cspsdk.testkit.internal.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A sliding one-minute window of accepted requests per tenant key ({@code partner} or {@code partner+customer}).
 * Thread-safe.
 */
public final class RateLimiter {
  private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();
  private final int partnerLimit;
  private final int customerLimit;
  private final Clock clock;
  private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();

  public RateLimiter(int partnerLimit, int customerLimit, Clock clock) {
    this.partnerLimit = partnerLimit;
    this.customerLimit = customerLimit;
    this.clock = clock;
  }

  /**
   * Counts the request and returns null when it is within the limit, or the wait until the window has room (at
   * least one second, in whole seconds) when it is not; a refused request is not counted.
   */
  public synchronized Duration acquire(String normalisedPath) {
    String customer = customerOf(normalisedPath);
    String key = customer == null ? "partner" : "customer " + customer;
    int limit = customer == null ? partnerLimit : customerLimit;
    long now = clock.millis();
    ArrayDeque<Long> w = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!w.isEmpty() && w.peekFirst() <= now - WINDOW_MILLIS) {
      w.removeFirst();
    }
    if (w.size() < limit) {
      w.addLast(now);
      return null;
    }
    long waitMillis = w.peekFirst() + WINDOW_MILLIS - now;
    return Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000));
  }

  /** The customer id of {@code /customers/{id}...}, lower-cased, or null for partner-level paths. */
  static String customerOf(String path) {
    if (!path.regionMatches(true, 0, "/customers/", 0, 11) || path.length() == 11) {
      return null;
    }
    int end = path.indexOf('/', 11);
    return path.substring(11, end < 0 ? path.length() : end).toLowerCase(Locale.ROOT);
  }
}
