package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.discovery.DiscoveryListener;
import io.cspsdk.sync.discovery.DiscoveryMode;
import io.cspsdk.sync.discovery.DiscoveryScope;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.FailurePolicy;
import io.cspsdk.sync.discovery.VerificationSweep;
import io.cspsdk.sync.discovery.WaitMeter;
import io.cspsdk.sync.job.Heartbeat;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.job.StopSignal;
import io.cspsdk.sync.store.Checkpoint;
import io.cspsdk.sync.store.Commit;
import io.cspsdk.sync.store.CorruptCheckpointException;
import io.cspsdk.sync.store.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starting a run: take the lease, decide between resuming and a new full or incremental run, commit IN_PROGRESS. */
public final class Runs {
  private Runs() {}

  /** A run ready to go: lease held, heartbeat running, IN_PROGRESS committed. */
  public static final class Prepared {
    private final RunContext context;
    private final DiscoveryRunner runner;
    private final JobStore store;

    private Prepared(RunContext context, DiscoveryRunner runner, JobStore store) {
      this.context = context;
      this.runner = runner;
      this.store = store;
    }

    /** Runs to the end. */
    public RunRecord run() {
      return runner.run();
    }

    /** Stops the heartbeat and gives the lease up. */
    public void release() {
      context.heartbeat.close();
      store.releaseLease(context.heartbeat.lease());
    }

    /** Asks the run to stop: STOPPING is persisted and announced at once, STOPPED follows at the next safe point. */
    public void stop() {
      context.requestStop();
    }

    /** The run's id. */
    public RunId runId() {
      return context.runId();
    }

    /** The progress now. */
    public io.cspsdk.sync.discovery.DiscoveryProgress progress() {
      return context.progress();
    }
  }

  /** Takes the lease and commits the run as IN_PROGRESS. */
  public static Prepared prepare(PartnerCenterClient client, JobStore store, DiscoverySink sink, DiscoveryScope scope,
                                 FailurePolicy policy, Clock clock, String jobKey, String owner, Duration leaseTtl,
                                 List<DiscoveryListener> listeners, WaitMeter waitMeter, Duration auditWindow,
                                 int concurrency, VerificationSweep sweep) {
    Lease lease = store.acquireLease(jobKey, owner, leaseTtl);
    Heartbeat heartbeat = Heartbeat.start(store, lease, leaseTtl);
    try {
      Optional<RunRecord> latest = store.latestRun(jobKey);
      Optional<Checkpoint> checkpoint = store.checkpoint(jobKey);
      Instant now = clock.instant();
      RunRecord run;
      Checkpoint cp;
      RunState previous;
      if (latest.isPresent() && latest.get().state().isResumable()) {
        RunRecord last = latest.get();
        cp = checkpoint.filter(c -> c.runId().equals(last.runId()) && c.value(DiscoveryRunner.MODE).isPresent())
            .orElseThrow(() -> new CorruptCheckpointException("checkpoint of " + jobKey,
                "must belong to the unfinished run " + last.runId() + " and name its mode"));
        previous = last.state();
        run = last.withState(RunState.IN_PROGRESS, now, null);
      } else {
        RunId runId = RunId.random();
        Optional<Instant> since = latest.isPresent() ? checkpoint.flatMap(c -> c.value(DiscoveryRunner.WATERMARK))
            .map(Instant::parse) : Optional.empty();
        // the audit read starts a day before the watermark; it must stay inside the audit window
        boolean incremental = since.isPresent() && since.get().minus(Duration.ofDays(1))
            .isAfter(now.minus(auditWindow));
        DiscoveryMode mode = incremental ? DiscoveryMode.INCREMENTAL : DiscoveryMode.FULL;
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        values.put(DiscoveryRunner.MODE, mode.name());
        values.put(DiscoveryRunner.WATERMARK, now.toString());
        since.filter(s -> incremental).ifPresent(s -> values.put(DiscoveryRunner.SINCE, s.toString()));
        checkpoint.flatMap(c -> c.value(DiscoveryRunner.INCREMENTAL_RUNS))
            .ifPresent(n -> values.put(DiscoveryRunner.INCREMENTAL_RUNS, n));
        cp = Checkpoint.of(runId, values);
        Map<String, String> attributes = new java.util.TreeMap<>();
        attributes.put("mode", mode.name());
        if (since.isPresent() && !incremental) {
          attributes.put("fullImportReason", "previous watermark " + since.get() + " is older than the audit window");
        }
        run = RunRecord.started(jobKey, runId, now, attributes);
        previous = RunState.NOT_STARTED;
      }
      store.commit(heartbeat.lease(), Commit.run(run, cp));
      DiscoveryMode mode = DiscoveryMode.valueOf(cp.value(DiscoveryRunner.MODE).orElseThrow());
      RunContext ctx = new RunContext(client, store, sink, scope, policy, mode, clock, heartbeat, new StopSignal(),
          listeners, waitMeter, run);
      ctx.notifyState(run, previous);
      return new Prepared(ctx, new DiscoveryRunner(ctx, cp, concurrency, sweep), store);
    } catch (RuntimeException e) {
      heartbeat.close();
      store.releaseLease(heartbeat.lease());
      throw e;
    }
  }
}
