package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.discovery.DiscoveryListener;
import io.cspsdk.sync.discovery.DiscoveryMode;
import io.cspsdk.sync.discovery.DiscoveryProgress;
import io.cspsdk.sync.discovery.DiscoveryScope;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.FailurePolicy;
import io.cspsdk.sync.discovery.WaitMeter;
import io.cspsdk.sync.job.Count;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.Heartbeat;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.RunCounters;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.job.StopSignal;
import io.cspsdk.sync.store.Commit;
import io.cspsdk.sync.store.JobStore;
import io.cspsdk.sync.store.PartitionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state of one run shared by its threads: the single writer of the run record (every commit goes through here,
 * serialised), the stop and failure flags, and the progress.
 */
final class RunContext {
  private static final String CUSTOMER = "customer:";
  final PartnerCenterClient client;
  final JobStore store;
  final DiscoverySink sink;
  final DiscoveryScope scope;
  final FailurePolicy policy;
  final DiscoveryMode mode;
  final Clock clock;
  final String jobKey;
  final Heartbeat heartbeat;
  final StopSignal stop;
  private final List<DiscoveryListener> listeners;
  private final WaitMeter waitMeter;
  private final Instant processStart;
  private final Duration waitedAtStart;

  private RunRecord run;
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final AtomicInteger recordFailures = new AtomicInteger();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong doneHere = new AtomicLong();
  private final AtomicLong callsOfDone = new AtomicLong();
  private long customersDone;
  private OptionalLong customersTotal = OptionalLong.empty();

  RunContext(PartnerCenterClient client, JobStore store, DiscoverySink sink, DiscoveryScope scope,
             FailurePolicy policy, DiscoveryMode mode, Clock clock, Heartbeat heartbeat, StopSignal stop,
             List<DiscoveryListener> listeners, WaitMeter waitMeter, RunRecord run) {
    this.client = client;
    this.store = store;
    this.sink = sink;
    this.scope = scope;
    this.policy = policy;
    this.mode = mode;
    this.clock = clock;
    this.jobKey = run.jobKey();
    this.heartbeat = heartbeat;
    this.stop = stop;
    this.listeners = listeners;
    this.waitMeter = waitMeter;
    this.run = run;
    this.processStart = clock.instant();
    this.waitedAtStart = waitMeter == null ? Duration.ZERO : waitMeter.total();
  }

  RunId runId() {
    return run.runId();
  }

  synchronized RunRecord run() {
    return run;
  }

  /** Whether workers must stop at their next safe point. */
  boolean shouldStop() {
    return stop.isRequested() || fatal.get() != null || heartbeat.lost();
  }

  /** Throws at a safe point when the run must stop. */
  void safePoint() {
    if (shouldStop()) {
      throw new StopAtSafePoint();
    }
  }

  Optional<Throwable> fatal() {
    return Optional.ofNullable(fatal.get());
  }

  void failFatally(Throwable e) {
    fatal.compareAndSet(null, e);
  }

  void countCall() {
    calls.incrementAndGet();
  }

  /** Commits a finished (or failed) partition with its counts, atomically with the run record. */
  void commitPartition(PartitionState state, Map<String, Count> counts, long partitionCalls) {
    synchronized (this) {
      run = run.withCounters(run.counters().plus(new RunCounters(counts)));
      store.commit(heartbeat.lease(), Commit.partition(run, state));
      if (state.partitionId().startsWith(CUSTOMER)) {
        customersDone++;
        doneHere.incrementAndGet();
        callsOfDone.addAndGet(partitionCalls);
      }
    }
    progress();
  }

  /** Commits removals of whole partitions (customers gone from Partner Center). */
  void commitRemoved(List<String> partitions, Map<String, Count> counts) {
    synchronized (this) {
      run = run.withCounters(run.counters().plus(new RunCounters(counts)));
      store.commit(heartbeat.lease(), new Commit(run, Optional.empty(), List.of(), partitions));
    }
  }

  /** A partition already finished by an earlier attempt of this run. */
  synchronized void alreadyDone() {
    customersDone++;
  }

  synchronized void customersTotal(long total) {
    customersTotal = OptionalLong.of(total);
  }

  /** Records a failure: stores it with the run, tells listeners, applies the policy. */
  void failed(ItemFailure failure) {
    try {
      synchronized (this) {
        store.commit(heartbeat.lease(), Commit.failure(run, failure));
      }
    } catch (RuntimeException e) {
      failFatally(e); // a store that cannot record a failure cannot record the run either
    }
    for (DiscoveryListener l : listeners) {
      try {
        l.onFailure(run.runId(), failure);
      } catch (RuntimeException ignored) {
        // a listener must not break the run
      }
    }
    if (failure.category() == FailureCategory.RECORD && recordFailures.incrementAndGet() > policy.maxRecordFailures()) {
      failFatally(new IllegalStateException("more than " + policy.maxRecordFailures() + " unreadable records"));
    } else if (policy.failFast()) {
      failFatally(new IllegalStateException("fail fast: " + failure.kind() + " " + failure.key() + ": "
          + failure.reason()));
    }
  }

  /**
   * Asks the run to stop: the request is seen by every worker at its next safe point, and STOPPING is persisted and
   * announced now (when the run is still IN_PROGRESS); the run ends STOPPED once the pages in flight are stored. A
   * store that refuses the write (the lease was lost) leaves the state to the run's own end, which reports the loss.
   */
  void requestStop() {
    stop.request();
    RunRecord before;
    RunRecord after;
    synchronized (this) {
      if (run.state() != RunState.IN_PROGRESS) {
        return;
      }
      before = run;
      after = run.withState(RunState.STOPPING, clock.instant(), null);
      try {
        store.commit(heartbeat.lease(), Commit.run(after));
      } catch (RuntimeException e) {
        return;
      }
      run = after;
    }
    notifyState(after, before.state());
  }

  /** Moves the run to a state, persists it (with a checkpoint when given) and tells listeners. */
  void transition(RunState state, String error, io.cspsdk.sync.store.Checkpoint checkpoint) {
    RunRecord before;
    RunRecord after;
    synchronized (this) {
      before = run;
      run = run.withState(state, clock.instant(), error);
      after = run;
      store.commit(heartbeat.lease(), checkpoint == null ? Commit.run(run) : Commit.run(run, checkpoint));
    }
    notifyState(after, before.state());
  }

  void notifyState(RunRecord after, RunState previous) {
    for (DiscoveryListener l : listeners) {
      try {
        l.onStateChanged(after, previous);
      } catch (RuntimeException ignored) {
        // a listener must not break the run
      }
    }
  }

  DiscoveryProgress progress() {
    DiscoveryProgress p;
    synchronized (this) {
      long doneLocal = doneHere.get();
      OptionalLong left = OptionalLong.empty();
      Optional<Duration> eta = Optional.empty();
      if (customersTotal.isPresent() && doneLocal > 0) {
        long remaining = Math.max(0, customersTotal.getAsLong() - customersDone);
        left = OptionalLong.of(remaining * callsOfDone.get() / doneLocal);
        Duration elapsed = Duration.between(processStart, clock.instant());
        eta = Optional.of(elapsed.multipliedBy(remaining).dividedBy(doneLocal));
      }
      Duration waited = waitMeter == null ? Duration.ZERO : waitMeter.total().minus(waitedAtStart);
      p = new DiscoveryProgress(run.runId(), mode, run.counters(), customersDone, customersTotal, calls.get(), left,
          eta, waited);
    }
    for (DiscoveryListener l : listeners) {
      try {
        l.onProgress(p);
      } catch (RuntimeException ignored) {
        // a listener must not break the run
      }
    }
    return p;
  }
}
