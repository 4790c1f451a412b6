package io.cspsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A controllable UTC clock shared by the fake Partner Center and the client under test. Time only moves when
 * {@link #advance(Duration)} or {@link #set(Instant)} is called (or when the fake adds latency); listeners (the fake's
 * renewal, expiry and invoicing) run after every move.
 */
public final class FakeClock extends Clock {
  private volatile Instant now;
  private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();

  public FakeClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** A clock at 2026-01-05T09:00:00Z, a Monday early in a billing month. */
  public static FakeClock atDefaultStart() {
    return new FakeClock(Instant.parse("2026-01-05T09:00:00Z"));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Moves time forward and lets the fake catch up (renewals, expiries, invoices). */
  public synchronized void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward: " + by);
    }
    if (by.compareTo(MAX_MOVE) > 0) {
      throw new IllegalArgumentException("the clock moves at most 100 years at a time: " + by);
    }
    set(now.plus(by));
  }

  /** The furthest one move may go: the fake catches up month by month, so a jump of ages would never return. */
  public static final Duration MAX_MOVE = Duration.ofDays(100 * 366);

  /** Moves time to {@code instant} (not before the current time, at most 100 years on) and lets the fake catch up. */
  public synchronized void set(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException("the clock only moves forward: " + instant + " is before " + now);
    }
    if (Duration.between(now, instant).compareTo(MAX_MOVE) > 0) {
      throw new IllegalArgumentException("the clock moves at most 100 years at a time: " + instant + " is too far "
          + "after " + now);
    }
    now = instant;
    for (Consumer<Instant> l : listeners) {
      l.accept(instant);
    }
  }

  /** Resets to {@code instant} without running listeners (used when the fake resets its state). */
  synchronized void resetTo(Instant instant) {
    now = instant;
  }

  void addListener(Consumer<Instant> listener) {
    listeners.add(listener);
  }

  void removeListener(Consumer<Instant> listener) {
    listeners.remove(listener);
  }

  @Override
  public String toString() {
    return "FakeClock[" + now + "]";
  }
}
