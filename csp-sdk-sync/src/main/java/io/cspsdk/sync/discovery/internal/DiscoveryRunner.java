package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.Page;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.DiscoveryMode;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.VerificationSweep;
import io.cspsdk.sync.job.Count;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.Checkpoint;
import io.cspsdk.sync.store.PartitionState;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs one discovery run to its end: lists customers, reads the ones to visit on a bounded pool (at most
 * {@code concurrency} in flight, so memory stays flat), detects customers gone from Partner Center, then reads new
 * invoices; finishes in COMPLETED, STOPPED or ERROR.
 */
final class DiscoveryRunner {
  /** Checkpoint key: full or incremental. */
  static final String MODE = "mode";
  /** The instant taken before the run's first read; the next incremental run reads audit records from it. */
  static final String WATERMARK = "watermark";
  /** The watermark this (incremental) run reads audit records from. */
  static final String SINCE = "since";
  /** How many incremental runs came before (selects the verification sweep's slice). */
  static final String INCREMENTAL_RUNS = "incrementalRuns";
  private static final String CUSTOMER = "customer:";
  private static final String INVOICE = "invoice:";

  private final RunContext ctx;
  private final Checkpoint checkpoint;
  private final int concurrency;
  private final VerificationSweep sweep;

  /** For one run whose record and checkpoint are already committed in IN_PROGRESS. */
  DiscoveryRunner(RunContext ctx, Checkpoint checkpoint, int concurrency, VerificationSweep sweep) {
    this.ctx = ctx;
    this.checkpoint = checkpoint;
    this.concurrency = concurrency;
    this.sweep = sweep;
  }

  /** Runs to the end and returns the final record (persisted unless the lease was lost). */
  RunRecord run() {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "cspsdk-discovery-" + ctx.runId());
      t.setDaemon(true);
      return t;
    });
    try {
      boolean listed = !ctx.scope.includes(ItemKind.CUSTOMER) || customers(pool);
      if (listed && !ctx.shouldStop() && ctx.scope.includes(ItemKind.INVOICE)) {
        invoices(pool);
      }
    } catch (StopAtSafePoint e) {
      // stop requested while waiting for a free worker
    } catch (RuntimeException e) {
      ctx.failFatally(e);
    } finally {
      drain(pool);
    }
    return finish();
  }

  private boolean customers(ExecutorService pool) {
    Set<String> touched = Set.of();
    if (ctx.mode == DiscoveryMode.INCREMENTAL) {
      touched = AuditChanges.since(ctx, Instant.parse(checkpoint.value(SINCE).orElseThrow())).customerIds;
    }
    long incrementalRun = checkpoint.value(INCREMENTAL_RUNS).map(Long::parseLong).orElse(0L);
    Set<String> listed = new HashSet<>();
    Semaphore permits = new Semaphore(concurrency);
    long toVisit = 0;
    boolean allReadable = true;
    for (Page<Customer> page : ctx.client.customers().list().skippingUnreadableItems().byPage()) {
      ctx.countCall();
      if (listed.isEmpty() && ctx.mode == DiscoveryMode.FULL && page.totalCount().isPresent()) {
        // a full run visits every customer: Partner Center's count stands until the listing has been read
        ctx.customersTotal(page.totalCount().getAsLong());
      }
      unreadable(ItemKind.CUSTOMER, "customers", page.unreadableItems());
      allReadable &= page.unreadableItems().isEmpty();
      for (Customer c : page.items()) {
        if (ctx.shouldStop()) {
          return false;
        }
        listed.add(c.id());
        Optional<PartitionState> previous = ctx.store.partition(ctx.jobKey, CUSTOMER + c.id());
        if (previous.isPresent() && previous.get().doneIn(ctx.runId())) {
          toVisit++;
          ctx.alreadyDone();
          continue;
        }
        boolean visit = ctx.mode == DiscoveryMode.FULL || previous.isEmpty()
            || previous.get().status() == PartitionState.Status.FAILED || touched.contains(c.id())
            || sweep.covers(c.id(), incrementalRun);
        if (!visit) {
          continue;
        }
        toVisit++;
        acquire(permits);
        Map<String, String> digest = previous.map(PartitionState::digest).orElse(Map.of());
        pool.execute(() -> {
          try {
            partition(CUSTOMER + c.id(), Optional.of(c.id()), ItemKind.CUSTOMER, digest,
                out -> new CustomerReader(ctx).read(c, out));
          } finally {
            permits.release();
          }
        });
      }
    }
    ctx.customersTotal(toVisit);
    acquire(permits, concurrency); // wait for the customers in flight
    permits.release(concurrency);
    if (ctx.shouldStop()) {
      return false;
    }
    if (allReadable) {
      // an unreadable customer record is not a vanished customer: removals wait for a run that read every record
      removeVanishedCustomers(listed);
    }
    return true;
  }

  private void invoices(ExecutorService pool) {
    Semaphore permits = new Semaphore(concurrency);
    for (Page<Invoice> page : ctx.client.invoices().list().skippingUnreadableItems().byPage()) {
      ctx.countCall();
      unreadable(ItemKind.INVOICE, "invoices", page.unreadableItems());
      for (Invoice inv : page.items()) {
        if (ctx.shouldStop()) {
          return;
        }
        String pid = INVOICE + inv.id();
        Optional<PartitionState> previous = ctx.store.partition(ctx.jobKey, pid);
        if (previous.isPresent() && previous.get().status() == PartitionState.Status.DONE) {
          continue; // an issued invoice does not change
        }
        acquire(permits);
        Map<String, String> digest = previous.map(PartitionState::digest).orElse(Map.of());
        pool.execute(() -> {
          try {
            partition(pid, Optional.empty(), ItemKind.INVOICE, digest, out -> new InvoiceReader(ctx).read(inv, out));
          } finally {
            permits.release();
          }
        });
      }
    }
    acquire(permits, concurrency);
    permits.release(concurrency);
  }

  /**
   * Records the unreadable records of a top-level listing page (customers, invoices): counted as seen and failed,
   * reported with their redacted payload excerpt; the listing goes on with the page's readable items.
   */
  private void unreadable(ItemKind kind, String listing, List<ResponseParseException> errors) {
    if (errors.isEmpty()) {
      return;
    }
    ctx.commitRemoved(List.of(), Map.of(kind.key(), new Count(errors.size(), 0, errors.size())));
    for (ResponseParseException e : errors) {
      ctx.failed(new ItemFailure(kind.key(), listing + "/" + e.path(), FailureCategory.RECORD, Errors.describe(e),
          e.payloadExcerpt()));
    }
  }

  private interface Reading {
    void read(PartitionWriter out);
  }

  /** Reads one partition, retrying transient failures, and commits it done or failed. */
  private void partition(String pid, Optional<String> customerId, ItemKind kind, Map<String, String> previous,
                         Reading reading) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ctx.policy.partitionAttempts(); attempt++) {
      if (ctx.shouldStop()) {
        return;
      }
      PartitionWriter out = new PartitionWriter(ctx, pid, customerId, previous);
      try {
        reading.read(out);
        out.finish();
        return;
      } catch (StopAtSafePoint e) {
        return;
      } catch (RuntimeException e) {
        FailureCategory category = Errors.classify(e);
        if (category == FailureCategory.FATAL) {
          ctx.failFatally(e);
          return;
        }
        last = e;
        if (category != FailureCategory.TRANSIENT) {
          record(pid, kind, category, e, out);
          return;
        }
      }
    }
    PartitionWriter out = new PartitionWriter(ctx, pid, customerId, previous);
    record(pid, kind, FailureCategory.PARTITION, last, out);
  }

  private void record(String pid, ItemKind kind, FailureCategory category, RuntimeException e, PartitionWriter out) {
    String key = pid.substring(pid.indexOf(':') + 1);
    ctx.failed(new ItemFailure(kind.key(), key, category, Errors.describe(e), Optional.empty()));
    try {
      out.failed(kind);
    } catch (RuntimeException commitFailure) {
      ctx.failFatally(commitFailure);
    }
  }

  private void removeVanishedCustomers(Set<String> listed) {
    for (String pid : ctx.store.partitionIds(ctx.jobKey)) {
      if (!pid.startsWith(CUSTOMER) || listed.contains(pid.substring(CUSTOMER.length()))) {
        continue;
      }
      String customerId = pid.substring(CUSTOMER.length());
      Map<String, String> digest = ctx.store.partition(ctx.jobKey, pid).map(PartitionState::digest).orElse(Map.of());
      List<DiscoveredItem> removed = PartitionWriter.removals(digest, Map.of(), Optional.of(customerId));
      if (!removed.isEmpty()) {
        ctx.sink.accept(ctx.runId(), removed);
      }
      ctx.commitRemoved(List.of(pid), Map.of());
    }
  }

  private RunRecord finish() {
    if (ctx.heartbeat.lost()) {
      ctx.failFatally(new LeaseLostException(ctx.jobKey, ctx.heartbeat.lease().owner()));
    }
    Optional<Throwable> fatal = ctx.fatal();
    try {
      if (fatal.isPresent()) {
        if (fatal.get() instanceof LeaseLostException) {
          RunRecord lost = ctx.run().withState(RunState.ERROR, ctx.clock.instant(), Errors.describe(fatal.get()));
          ctx.notifyState(lost, ctx.run().state());
          return lost;
        }
        ctx.failed(new ItemFailure("run", ctx.runId().value(), FailureCategory.FATAL,
            Errors.describe(fatal.get()), Optional.empty()));
        ctx.transition(RunState.ERROR, Errors.describe(fatal.get()), null);
      } else if (ctx.stop.isRequested()) {
        if (ctx.run().state() != RunState.STOPPING) {
          ctx.transition(RunState.STOPPING, null, null);
        }
        ctx.transition(RunState.STOPPED, null, null);
      } else {
        long incremental = checkpoint.value(INCREMENTAL_RUNS).map(Long::parseLong).orElse(0L)
            + (ctx.mode == DiscoveryMode.INCREMENTAL ? 1 : 0);
        ctx.transition(RunState.COMPLETED, null, checkpoint.with(INCREMENTAL_RUNS, Long.toString(incremental)));
      }
    } catch (LeaseLostException e) {
      return ctx.run().withState(RunState.ERROR, ctx.clock.instant(), Errors.describe(e));
    }
    ctx.progress();
    return ctx.run();
  }

  private void acquire(Semaphore s) {
    acquire(s, 1);
  }

  private void acquire(Semaphore s, int n) {
    try {
      s.acquire(n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.stop.request();
      throw new StopAtSafePoint();
    }
  }

  private static void drain(ExecutorService pool) {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // partitions stop at their next page; keep waiting
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }


}
