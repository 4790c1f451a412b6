package io.cspsdk.sync.job;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a lease alive: renews it every third of its time to live on a daemon thread until closed. When a renewal
 * fails (the lease was lost), {@link #lost()} turns true and the job stops at its next safe point.
 */
public final class Heartbeat implements AutoCloseable {
  private final LeaseStore store;
  private final Duration ttl;
  private final AtomicReference<Lease> lease;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final ScheduledExecutorService timer;

  private Heartbeat(LeaseStore store, Lease lease, Duration ttl) {
    this.store = store;
    this.ttl = ttl;
    this.lease = new AtomicReference<>(lease);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cspsdk-lease-" + lease.jobKey());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts renewing {@code lease} (already acquired) every {@code ttl / 3}. */
  public static Heartbeat start(LeaseStore store, Lease lease, Duration ttl) {
    Objects.requireNonNull(store, "store");
    Heartbeat h = new Heartbeat(store, lease, ttl);
    long period = Math.max(1, ttl.toMillis() / 3);
    h.timer.scheduleAtFixedRate(h::beat, period, period, TimeUnit.MILLISECONDS);
    return h;
  }

  /** Renews once now (also called by the timer). */
  public void beat() {
    if (failure.get() != null) {
      return;
    }
    try {
      lease.set(store.renewLease(lease.get(), ttl));
    } catch (LeaseLostException e) {
      failure.set(e);
    } catch (RuntimeException e) {
      // a store hiccup: the next beat tries again; the lease fails only when it is really lost
    }
  }

  /** The lease as last renewed. */
  public Lease lease() {
    return lease.get();
  }

  /** Whether the lease was lost to another owner. */
  public boolean lost() {
    return failure.get() != null;
  }

  /** Stops renewing (the lease itself is released by the job). */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
