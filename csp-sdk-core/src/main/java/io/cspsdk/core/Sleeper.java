package io.cspsdk.core;

import java.time.Duration;

/**
 * How the client waits (retry backoff, Retry-After, rate limiting, polling). Inject a recording sleeper in tests so
 * that nothing really waits; the default sleeps the calling thread.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits for {@code duration} (never negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** The real sleeper: {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return d -> {
      if (!d.isZero() && !d.isNegative()) {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      }
    };
  }
}
