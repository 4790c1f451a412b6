package io.cspsdk.sync.users;

import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.LeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Continuous mode: every customer is planned and applied once per interval (plus a random jitter, so that many
 * customers do not run at the same instant), on the injected clock and sleeper. {@link #runDue()} runs one round;
 * {@link #start()} loops on a thread until {@link #stop()}. A plan above the deletion threshold is not applied: the
 * customer's status says it waits for an allowance. With a {@link LeaseStore} (any job store of the module), a round
 * holds the lease {@code user-sync:<customerId>}, so nodes sharing the store never sync one customer at the same
 * time; a customer whose lease another node holds is skipped until its next round. Real-time changes go through
 * {@link UserSync#directoryChanged(String, DirectoryUser)}.
 */
public final class ContinuousUserSync implements AutoCloseable {
  private final UserSync sync;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final Duration jitter;
  private final SplittableRandom random;
  private final LeaseStore leases;
  private final String owner;
  private final Map<String, Instant> next = new LinkedHashMap<>();
  private final Map<String, CustomerSyncStatus> status = new LinkedHashMap<>();
  private volatile boolean stopped;
  private Thread thread;

  private ContinuousUserSync(Builder b) {
    sync = b.sync;
    clock = b.clock;
    sleeper = b.sleeper;
    interval = b.interval;
    jitter = b.jitter;
    random = new SplittableRandom(b.seed);
    leases = b.leases;
    owner = b.owner;
    Instant now = clock.instant();
    b.customers.forEach(c -> next.put(c, now));
  }

  public static Builder builder(UserSync sync, List<String> customerIds) {
    return new Builder(sync, customerIds);
  }

  /** Plans and applies every customer that is due now; returns the statuses of those that ran. */
  public synchronized List<CustomerSyncStatus> runDue() {
    Instant now = clock.instant();
    List<String> due = next.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey)
        .toList();
    return due.stream().map(c -> runOne(c, now)).toList();
  }

  private CustomerSyncStatus runOne(String customerId, Instant now) {
    Instant nextRun = now.plus(interval).plusMillis(jitter.isZero() ? 0 : random.nextLong(jitter.toMillis() + 1));
    next.put(customerId, nextRun);
    CustomerSyncStatus s;
    Lease lease = null;
    try {
      if (leases != null) {
        lease = leases.acquireLease("user-sync:" + customerId, owner, interval);
      }
      SyncPlan plan = sync.plan(customerId);
      if (plan.deletionAllowanceRequired()) {
        s = new CustomerSyncStatus(customerId, now, Optional.empty(), Optional.empty(), true, nextRun);
      } else {
        s = new CustomerSyncStatus(customerId, now, Optional.of(sync.apply(plan)), Optional.empty(), false,
            nextRun);
      }
    } catch (LeaseRefusedException e) {
      s = new CustomerSyncStatus(customerId, now, Optional.empty(), Optional.of("skipped: " + e.getMessage()), false,
          nextRun);
    } catch (RuntimeException e) {
      sync.failed(customerId, e);
      s = new CustomerSyncStatus(customerId, now, Optional.empty(), Optional.of(e.getClass().getSimpleName() + ": "
          + e.getMessage()), false, nextRun);
    }
    if (lease != null) {
      leases.releaseLease(lease);
    }
    status.put(customerId, s);
    return s;
  }

  /** The last round of the customer, if it ran. */
  public synchronized Optional<CustomerSyncStatus> lastStatus(String customerId) {
    return Optional.ofNullable(status.get(customerId));
  }

  /** When the next customer is due. */
  public synchronized Instant nextRunAt() {
    return next.values().stream().min(Instant::compareTo).orElse(clock.instant().plus(interval));
  }

  /** Starts the loop on a daemon thread: run what is due, sleep until the next is due, until stopped. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    thread = new Thread(this::loop, "csp-sdk-user-sync");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (!stopped) {
      runDue();
      Duration wait = Duration.between(clock.instant(), nextRunAt());
      try {
        sleeper.sleep(wait.isNegative() ? Duration.ZERO : wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the loop after the round in progress; returns at once. */
  public void stop() {
    stopped = true;
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      t.interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Builder of {@link ContinuousUserSync}. */
  public static final class Builder {
    private final UserSync sync;
    private final List<String> customers;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Duration interval = Duration.ofMinutes(15);
    private Duration jitter = Duration.ZERO;
    private long seed = 1;
    private LeaseStore leases;
    private String owner;

    private Builder(UserSync sync, List<String> customers) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.customers = List.copyOf(customers);
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public Builder interval(Duration interval) {
      if (interval == null || interval.isZero() || interval.isNegative()) {
        throw new ValidationException("interval", "must be positive");
      }
      this.interval = interval;
      return this;
    }

    /** Up to this much is added at random to each customer's next run (seeded). */
    public Builder jitter(Duration jitter, long seed) {
      if (jitter == null || jitter.isNegative()) {
        throw new ValidationException("jitter", "must not be negative");
      }
      this.jitter = jitter;
      this.seed = seed;
      return this;
    }

    /** Coordinates nodes through the leases of a shared store; {@code owner} names this node. */
    public Builder leases(LeaseStore leases, String owner) {
      this.leases = Objects.requireNonNull(leases, "leases");
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    public ContinuousUserSync build() {
      return new ContinuousUserSync(this);
    }
  }
}
