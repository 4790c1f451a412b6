package io.cspsdk.sync.discovery;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.discovery.internal.Runs;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.store.CorruptCheckpointException;
import io.cspsdk.sync.store.JobStore;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Discovery of one partner: imports everything in scope from Partner Center into a {@link DiscoverySink}, keeping
 * its runs, checkpoint and lease in a {@link JobStore}.
 *
 * <pre>{@code
 * Discovery discovery = Discovery.builder()
 *     .client(pc).partnerId(partnerTenantId)
 *     .store(new JdbcJobStore(dataSource)).sink(new JdbcMirrorSink(dataSource))
 *     .concurrency(8).listener(progressListener)
 *     .build();
 * DiscoveryRun run = discovery.start();   // refused with LeaseRefusedException while another node runs it
 * run.stop();                             // returns at once; the run ends STOPPED at a safe point
 * discovery.start().await();              // resumes the stopped run; once COMPLETED, the next start is incremental
 * }</pre>
 *
 * The first run is a full import. A run that was stopped, failed, or whose node crashed (its lease expired) is
 * resumed by the next start without re-importing finished customers. After a completed run, the next start is
 * incremental — unless the previous watermark is older than Partner Center's 90 days of audit records, then it is a
 * full import again. Thread-safe; one {@code Discovery} per partner.
 */
public final class Discovery {
  private final Builder b;
  private final String jobKey;
  private final AtomicBoolean running = new AtomicBoolean();

  private Discovery(Builder b) {
    this.b = b;
    this.jobKey = "discovery:" + b.partnerId;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key of this partner's discovery job in the store. */
  public String jobKey() {
    return jobKey;
  }

  /**
   * Starts (or resumes) a run on a background thread and returns its handle once the run is IN_PROGRESS.
   *
   * @throws LeaseRefusedException when another node (or this object) is running this partner's discovery
   * @throws CorruptCheckpointException when the stored checkpoint cannot be read; nothing was started
   */
  public DiscoveryRun start() {
    if (!running.compareAndSet(false, true)) {
      throw new LeaseRefusedException(jobKey, b.owner, b.clock.instant().plus(b.leaseTtl));
    }
    try {
      return DiscoveryRun.start(Runs.prepare(b.client, b.store, b.sink, b.scope, b.policy, b.clock, jobKey, b.owner,
          b.leaseTtl, List.copyOf(b.listeners), b.waitMeter, b.auditWindow, b.concurrency, b.sweep),
          () -> running.set(false));
    } catch (RuntimeException e) {
      running.set(false);
      throw e;
    }
  }

  /** Starts (or resumes) a run and waits for its end. */
  public RunRecord run() {
    return start().await();
  }

  /** The latest run, absent when discovery never ran for this partner. */
  public Optional<RunRecord> latestRun() {
    return b.store.latestRun(jobKey);
  }

  /** All runs, newest first, with their outcome and counters. */
  public List<RunRecord> history() {
    return b.store.history(jobKey);
  }

  /**
   * The failures recorded for one run, in the order they occurred (every attempt of a resumed run included): the
   * customers that failed, the records that could not be read (with their redacted payload excerpt) and the cause
   * of an ERROR.
   */
  public List<ItemFailure> failures(RunId runId) {
    return b.store.failures(jobKey, Objects.requireNonNull(runId, "runId"));
  }

  /** Builds a {@link Discovery}; {@code client}, {@code partnerId}, {@code store} and {@code sink} are required. */
  public static final class Builder {
    private PartnerCenterClient client;
    private String partnerId;
    private JobStore store;
    private DiscoverySink sink;
    private DiscoveryScope scope = DiscoveryScope.all();
    private FailurePolicy policy = FailurePolicy.continueOnFailures();
    private VerificationSweep sweep = VerificationSweep.spreadOver(7);
    private int concurrency = 4;
    private Clock clock = Clock.systemUTC();
    private Duration leaseTtl = Duration.ofMinutes(2);
    private Duration auditWindow = Duration.ofDays(90);
    private String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final List<DiscoveryListener> listeners = new ArrayList<>();
    private WaitMeter waitMeter;

    private Builder() {}

    /** The Partner Center client (its rate limiter and retries are shared by all of the run's threads). */
    public Builder client(PartnerCenterClient client) {
      this.client = client;
      return this;
    }

    /** The partner (e.g. its tenant id): one discovery job, one lease, per partner. */
    public Builder partnerId(String partnerId) {
      this.partnerId = partnerId;
      return this;
    }

    /** Where runs, checkpoints and the lease live. */
    public Builder store(JobStore store) {
      this.store = store;
      return this;
    }

    /** Where items go (at least once; see {@link DiscoverySink}). */
    public Builder sink(DiscoverySink sink) {
      this.sink = sink;
      return this;
    }

    /** Which kinds to import; default all. */
    public Builder scope(DiscoveryScope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** Customers read in parallel (1 to 64); default 4. */
    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /** What to do with failures; default {@link FailurePolicy#continueOnFailures()}. */
    public Builder failurePolicy(FailurePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Which unaudited customers incremental runs re-read; default {@link VerificationSweep#spreadOver(int) 7}. */
    public Builder verificationSweep(VerificationSweep sweep) {
      this.sweep = Objects.requireNonNull(sweep, "sweep");
      return this;
    }

    /** Adds a listener. */
    public Builder listener(DiscoveryListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** The clock of run times, watermarks and ETAs; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long the lease lives without a heartbeat (renewed every third of it); default 2 minutes. */
    public Builder leaseTtl(Duration ttl) {
      this.leaseTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /** This node's name in leases; default JVM name plus a random id. */
    public Builder owner(String owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /** How far back audit records reach; older watermarks force a full import. Default 90 days. */
    public Builder auditWindow(Duration window) {
      this.auditWindow = Objects.requireNonNull(window, "window");
      return this;
    }

    /** The meter wrapped around the client's sleeper, to report time spent waiting. */
    public Builder waitMeter(WaitMeter meter) {
      this.waitMeter = meter;
      return this;
    }

    /** Validates and builds. */
    public Discovery build() {
      require(client, "client");
      require(store, "store");
      require(sink, "sink");
      if (partnerId == null || partnerId.isBlank() || partnerId.length() > 180) {
        throw new ValidationException("partnerId", "required, 1 to 180 characters");
      }
      if (concurrency < 1 || concurrency > 64) {
        throw new ValidationException("concurrency", "must be between 1 and 64");
      }
      if (leaseTtl.compareTo(Duration.ofSeconds(3)) < 0) {
        throw new ValidationException("leaseTtl", "must be at least 3 seconds");
      }
      if (auditWindow.compareTo(Duration.ofDays(2)) < 0) {
        throw new ValidationException("auditWindow", "must be at least 2 days");
      }
      return new Discovery(this);
    }

    private static void require(Object value, String field) {
      if (value == null) {
        throw new ValidationException(field, "is required");
      }
    }
  }
}
