package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.store.PartitionState;
import io.cspsdk.sync.testing.Mirror;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.RecordingSink;
import io.cspsdk.sync.testing.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stop at a random point, resume, 20 times with different points: the same mirror, finished customers not redone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryStopResumeTest {
  private Partner partner;
  private Map<String, TreeSet<String>> expected;

  @BeforeAll
  void seed() {
    partner = Partner.withInvoices(30, 11);
    expected = Snapshot.ofPartnerCenter(partner.client, true);
  }

  @AfterAll
  void close() {
    partner.close();
  }

  Stream<Integer> points() {
    return IntStream.range(0, 20).boxed();
  }

  @ParameterizedTest(name = "stop point {0}")
  @MethodSource("points")
  void stopThenStart_atRandomPoint_resumesTheSameRunToTheSameMirror(int point) {
    DataSource ds = Mirror.h2();
    InMemoryJobStore store = new InMemoryJobStore();
    RecordingSink sink = new RecordingSink(new JdbcMirrorSink(ds, partner.clock));
    List<String> events = new CopyOnWriteArrayList<>();
    Discovery discovery = Discovery.builder().client(partner.client).partnerId("p").store(store).sink(sink)
        .concurrency(4).clock(partner.clock).listener(new DiscoveryListener() {
          @Override
          public void onStateChanged(RunRecord run, RunState previous) {
            events.add(previous + "->" + run.state());
          }
        }).build();
    int stopAfterItems = 1 + new Random(point).nextInt(400);
    CompletableFuture<DiscoveryRun> handle = new CompletableFuture<>();
    sink.afterBatch(n -> {
      if (n >= stopAfterItems) {
        handle.join().stop();
      }
    });
    DiscoveryRun first = discovery.start();
    handle.complete(first);
    RunRecord stopped = first.await();
    assertThat(stopped.state()).isEqualTo(RunState.STOPPED);
    Set<String> finished = store.partitionIds(discovery.jobKey()).stream()
        .filter(pid -> store.partition(discovery.jobKey(), pid).orElseThrow().doneIn(stopped.runId()))
        .map(pid -> pid.substring(pid.indexOf(':') + 1)).collect(Collectors.toSet());
    sink.afterBatch(n -> { });
    sink.clear();

    RunRecord resumed = discovery.run();

    assertThat(resumed.state()).isEqualTo(RunState.COMPLETED);
    assertThat(resumed.runId()).isEqualTo(stopped.runId());
    assertThat(sink.items()).filteredOn(i -> i.kind() == ItemKind.CUSTOMER || i.kind() == ItemKind.INVOICE)
        .extracting(DiscoveredItem::key).noneMatch(finished::contains);
    Map<String, TreeSet<String>> mirror = Snapshot.ofMirror(ds, true);
    expected.forEach((table, rows) -> assertThat(mirror.get(table)).as(table).isEqualTo(rows));
    assertThat(resumed.counters().of("customer").imported()).isEqualTo(30);
    assertThat(resumed.counters().of("invoice").imported()).isEqualTo(3);
    assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "IN_PROGRESS->STOPPING", "STOPPING->STOPPED",
        "STOPPED->IN_PROGRESS", "IN_PROGRESS->COMPLETED");
    assertThat(discovery.history()).hasSize(1);
    assertThat(store.partitionIds(discovery.jobKey())).allMatch(pid -> store.partition(discovery.jobKey(), pid)
        .orElseThrow().status() == PartitionState.Status.DONE);
  }
}
