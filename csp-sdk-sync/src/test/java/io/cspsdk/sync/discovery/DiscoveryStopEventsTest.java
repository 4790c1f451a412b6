package io.cspsdk.sync.discovery;

import static io.cspsdk.sync.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.store.JobStore;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code stop()} persists and announces STOPPING at once; STOPPED follows at the safe point after the page being
 * stored. The sink holds the run on a latch before that safe point, so the state between the two is observable.
 */
class DiscoveryStopEventsTest {
  private final Partner partner = Partner.withoutInvoices(6, 3);
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    partner.close();
  }

  static Stream<String> stores() {
    List<String> names = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> names.add("jdbc-" + db));
    return names.stream();
  }

  private JobStore store(String kind) {
    if (kind.equals("memory")) {
      return new InMemoryJobStore();
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    closing.add(db);
    JdbcJobStore.SCHEMA.apply(db.dataSource());
    return new JdbcJobStore(db.dataSource(), partner.clock);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void stop_whileAPageIsBeingStored_isStoppingAtOnceThenStoppedAtTheSafePoint(String kind) throws Exception {
    JobStore store = store(kind);
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch inSink = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    List<DiscoveredItem> stored = new CopyOnWriteArrayList<>();
    Discovery discovery = Discovery.builder().client(partner.client).partnerId("p").store(store).concurrency(1)
        .clock(partner.clock).sink((runId, items) -> {
          if (held.compareAndSet(false, true)) {
            inSink.countDown();
            await(release);
          }
          stored.addAll(items);
        }).listener(new DiscoveryListener() {
          @Override
          public void onStateChanged(RunRecord run, RunState previous) {
            events.add(previous + "->" + run.state());
          }
        }).build();

    DiscoveryRun run = discovery.start();
    await(inSink);
    run.stop();

    // stop() has returned while the page is still in the sink: STOPPING is announced and persisted
    assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "IN_PROGRESS->STOPPING");
    assertThat(store.latestRun(discovery.jobKey())).get().extracting(RunRecord::state)
        .isEqualTo(RunState.STOPPING);
    assertThat(store.latestRun(discovery.jobKey()).orElseThrow().endedAt()).isEmpty();
    assertThat(run.await(java.time.Duration.ZERO)).isEmpty();
    run.stop(); // a second stop changes nothing

    release.countDown();
    RunRecord end = run.await();

    assertThat(end.state()).isEqualTo(RunState.STOPPED);
    assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "IN_PROGRESS->STOPPING", "STOPPING->STOPPED");
    assertThat(store.latestRun(discovery.jobKey())).get().extracting(RunRecord::state)
        .isEqualTo(RunState.STOPPED);
    // the page held at stop time was stored (the safe point comes after it), and nothing after it
    assertThat(stored).hasSize(1).allMatch(i -> i.kind() == ItemKind.CUSTOMER);
  }
}
