package io.cspsdk.samples.month;

import io.cspsdk.core.model.Customer;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.DiscoveryListener;
import io.cspsdk.sync.discovery.DiscoveryProgress;
import io.cspsdk.sync.discovery.DiscoveryRun;
import io.cspsdk.sync.discovery.DiscoveryScope;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.store.JdbcJobStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Step 2 (and the incremental run of step 4): discovery of the whole partner into the H2 mirror, with a progress
 * bar; the first run is stopped half way and resumed, as a product does when it is redeployed mid-import.
 */
final class MirrorDiscovery {
  private final Story story;
  private final Discovery discovery;
  private final AtomicReference<ProgressBar> bar = new AtomicReference<>();
  private final AtomicReference<DiscoveryRun> current = new AtomicReference<>();
  private final AtomicBoolean stopHalfWay = new AtomicBoolean();
  private final List<String> failures = new ArrayList<>();
  private final AtomicReference<DiscoveryProgress> last = new AtomicReference<>();
  /** Customers the first run will visit (counted by a listing: the run knows only once its listing is done). */
  private volatile long expected = -1;

  MirrorDiscovery(Story story) {
    this.story = story;
    JdbcJobStore.SCHEMA.apply(story.db);
    JdbcMirrorSink.SCHEMA.apply(story.db);
    this.discovery = Discovery.builder()
        .client(story.pc())
        .partnerId(story.env.partnerId())
        .store(new JdbcJobStore(story.db, story.clock()))
        .sink(new JdbcMirrorSink(story.db, story.clock()))
        .scope(story.env.appPlusUser() ? DiscoveryScope.all() : DiscoveryScope.of(ItemKind.CUSTOMER,
            ItemKind.SUBSCRIPTION, ItemKind.ORDER, ItemKind.INVOICE, ItemKind.INVOICE_LINE_ITEM))
        .concurrency(4)
        .clock(story.clock())
        .listener(new DiscoveryListener() {
          @Override
          public void onProgress(DiscoveryProgress p) {
            progress(p);
          }

          @Override
          public void onFailure(RunId runId, ItemFailure f) {
            synchronized (failures) {
              failures.add(f.kind() + " " + f.key() + ": " + f.reason());
            }
          }
        })
        .build();
  }

  private void progress(DiscoveryProgress p) {
    last.set(p);
    long total = p.customersTotal().orElse(expected);
    ProgressBar b = bar.get();
    if (b != null) {
      b.update(p.customersDone(), total);
    }
    if (total > 0 && p.customersDone() * 2 >= total && stopHalfWay.compareAndSet(true, false)) {
      DiscoveryRun run = current.get();
      if (run != null) {
        run.stop();
      } else {
        stopHalfWay.set(true); // start() has not returned yet: stopped right after it does
      }
    }
  }

  /** The first, full import: stopped half way, then resumed; prints the runs. */
  void fullImport() {
    Console c = story.console;
    c.section("2. Discovery into the database");
    c.say("Discovery imports customers, subscriptions, users, licences, subscribed SKUs, orders, invoices and "
        + "their line items into an embedded H2 database (JdbcMirrorSink), keeping its runs, checkpoint and "
        + "lease in the same database (JdbcJobStore). Four customers are read at a time.");
    long n = 0;
    for (Customer ignored : story.pc().customers().list()) {
      n++;
    }
    expected = n;
    c.item(n + " customers to import");
    stopHalfWay.set(true);
    RunRecord stopped = runWithBar("importing", "stopping half way");
    DiscoveryProgress atStop = last.get();
    c.detail("run " + shortId(stopped) + " " + stopped.state() + " after " + atStop.customersDone() + " of "
        + atStop.customersTotal().orElse(expected) + " customers (the product is redeployed, say)");
    RunRecord resumed = runWithBar("resuming", "");
    c.detail("run " + shortId(resumed) + " " + resumed.state() + (resumed.runId().equals(stopped.runId())
        ? " (the same run, resumed: finished customers were not read again)" : ""));
    summary(resumed);
  }

  /** A later run: incremental from the audit records since the last one, plus a slice of the customers. */
  RunRecord incremental() {
    expected = -1;
    RunRecord run = runWithBar("incremental", "");
    story.console.detail("run " + shortId(run) + " " + run.state() + ", mode " + run.attributes().getOrDefault(
        "mode", "?") + run.attributes().entrySet().stream().filter(e -> e.getKey().equals("fullImportReason"))
        .map(e -> " (" + e.getValue() + ")").findFirst().orElse(""));
    summary(run);
    return run;
  }

  private RunRecord runWithBar(String label, String note) {
    ProgressBar b = story.progress(label, "customers");
    bar.set(b);
    DiscoveryRun run = discovery.start();
    current.set(run);
    if (stopHalfWay.get() && expected > 0 && run.progress().customersDone() * 2 >= expected) {
      stopHalfWay.set(false);
      run.stop();
    }
    RunRecord record = run.await();
    current.set(null);
    b.finish(note);
    bar.set(null);
    return record;
  }

  private void summary(RunRecord run) {
    List<String> parts = new ArrayList<>();
    for (ItemKind k : ItemKind.values()) {
      long n = run.counters().of(k.key()).imported();
      if (n > 0) {
        parts.add(n + " " + k.key().replace('_', ' ') + (n == 1 ? "" : "s"));
      }
    }
    story.console.detail("imported: " + String.join(", ", parts));
    synchronized (failures) {
      story.console.detail(failures.isEmpty() ? "no failures" : failures.size() + " failures: " + failures);
      failures.clear();
    }
  }

  private static String shortId(RunRecord run) {
    String id = run.runId().value();
    return id.length() > 8 ? id.substring(0, 8) : id;
  }

  /** Every run so far. */
  List<RunRecord> history() {
    return discovery.history();
  }
}
