package io.cspsdk.sync.discovery;

import io.cspsdk.core.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client {@link Sleeper} that measures how long the client waited (Retry-After, backoff, rate limiting). Build the
 * client with {@code .sleeper(meter)} and give the same meter to {@link Discovery.Builder#waitMeter(WaitMeter)} to
 * see the time spent waiting in {@link DiscoveryProgress#waited()}.
 */
public final class WaitMeter implements Sleeper {
  private final Sleeper delegate;
  private final AtomicLong nanos = new AtomicLong();

  private WaitMeter(Sleeper delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** Measures the waits of {@code delegate}. */
  public static WaitMeter around(Sleeper delegate) {
    return new WaitMeter(delegate);
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    nanos.addAndGet(duration.toNanos());
    delegate.sleep(duration);
  }

  /** The total asked to wait so far. */
  public Duration total() {
    return Duration.ofNanos(nanos.get());
  }
}
