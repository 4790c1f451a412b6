package io.cspsdk.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.job.Count;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunCounters;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.testkit.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same contract for every store: in memory, file, JDBC on H2 and (profile {@code postgres}) PostgreSQL. */
class JobStoreContractTest {
  private static final String JOB = "discovery:partner-1";
  private final FakeClock clock = FakeClock.atDefaultStart();
  private final List<AutoCloseable> cleanup = new ArrayList<>();
  @TempDir
  Path dir;

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory", "file"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  private JobStore store(String kind) {
    return switch (kind) {
      case "memory" -> new InMemoryJobStore(clock);
      case "file" -> new FileJobStore(dir, clock);
      default -> {
        TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
        cleanup.add(db);
        JdbcJobStore.SCHEMA.apply(db.dataSource());
        yield new JdbcJobStore(db.dataSource(), clock);
      }
    };
  }

  @AfterEach
  void dropDatabases() throws Exception {
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void acquireLease_whileAnotherOwnerHoldsIt_isRefusedNamingTheHolder(String kind) {
    JobStore store = store(kind);
    store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));

    assertThatThrownBy(() -> store.acquireLease(JOB, "node-b", Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
          assertThat(e.holder()).isEqualTo("node-a");
          assertThat(e.jobKey()).isEqualTo(JOB);
          assertThat(e.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        });
  }

  @ParameterizedTest
  @MethodSource("stores")
  void acquireLease_afterTheHolderStoppedRenewing_takesOverAndTheOldHolderCannotCommit(String kind) {
    JobStore store = store(kind);
    Lease old = store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(61));

    Lease taken = store.acquireLease(JOB, "node-b", Duration.ofMinutes(1));

    assertThat(taken.owner()).isEqualTo("node-b");
    RunRecord run = RunRecord.started(JOB, RunId.random(), clock.instant(), Map.of());
    assertThatThrownBy(() -> store.commit(old, Commit.run(run))).isInstanceOf(LeaseLostException.class);
    assertThatThrownBy(() -> store.renewLease(old, Duration.ofMinutes(1))).isInstanceOf(LeaseLostException.class);
    assertThat(store.latestRun(JOB)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void renewLease_beforeExpiry_keepsOthersOut(String kind) {
    JobStore store = store(kind);
    Lease lease = store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(50));
    store.renewLease(lease, Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(50));

    assertThatThrownBy(() -> store.acquireLease(JOB, "node-b", Duration.ofMinutes(1)))
        .isInstanceOf(LeaseRefusedException.class);
    store.releaseLease(lease);
    assertThat(store.acquireLease(JOB, "node-b", Duration.ofMinutes(1)).owner()).isEqualTo("node-b");
  }

  @ParameterizedTest
  @MethodSource("stores")
  void commit_runCheckpointAndPartitions_readBackAsWritten(String kind) {
    JobStore store = store(kind);
    Lease lease = store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));
    RunId runId = new RunId("run-1");
    RunRecord run = RunRecord.started(JOB, runId, clock.instant(), Map.of("mode", "full"))
        .withCounters(new RunCounters(Map.of("customer", new Count(3, 2, 1))));
    PartitionState p = new PartitionState("customer:c1", runId, PartitionState.Status.DONE, clock.instant(),
        Map.of("customer:c1", "h1", "subscription:s=1&x", "h2"));

    store.commit(lease, new Commit(run, Optional.of(Checkpoint.of(runId, Map.of("watermark", "2026-01-01T00:00:00Z"))),
        List.of(p), List.of()));

    assertThat(store.latestRun(JOB)).contains(run);
    assertThat(store.checkpoint(JOB)).contains(Checkpoint.of(runId, Map.of("watermark", "2026-01-01T00:00:00Z")));
    assertThat(store.partition(JOB, "customer:c1")).contains(p);
    assertThat(store.partition(JOB, "customer:c2")).isEmpty();
    assertThat(store.partitionIds(JOB)).containsExactly("customer:c1");
  }

  @ParameterizedTest
  @MethodSource("stores")
  void commit_itemFailures_areKeptPerRunInCommitOrderWithTheirPayload(String kind) {
    JobStore store = store(kind);
    Lease lease = store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));
    RunRecord run = RunRecord.started(JOB, new RunId("run-1"), clock.instant(), Map.of());
    RunRecord other = RunRecord.started(JOB, new RunId("run-2"), clock.instant(), Map.of());
    ItemFailure record = new ItemFailure("subscription", "c1/subscriptions/items[1].quantity",
        FailureCategory.RECORD, "ResponseParseException: Could not read ...",
        Optional.of("{\"id\":\"s=1&x\",\n\"quantity\":\"many\",\"token\":\"****\",\"name\":\"Zoë\"}"));
    ItemFailure customer = new ItemFailure("customer", "c2", FailureCategory.PARTITION, "403", Optional.empty());
    ItemFailure fatal = new ItemFailure("run", "run-1", FailureCategory.FATAL, "401", Optional.empty());

    store.commit(lease, new Commit(run, Optional.empty(), List.of(), List.of(), List.of(record, customer)));
    store.commit(lease, Commit.failure(other, customer));
    store.commit(lease, Commit.failure(run, fatal));

    assertThat(store.failures(JOB, new RunId("run-1"))).containsExactly(record, customer, fatal);
    assertThat(store.failures(JOB, new RunId("run-2"))).containsExactly(customer);
    assertThat(store.failures(JOB, new RunId("run-3"))).isEmpty();
    Lease taken = takeOver(store, lease);
    assertThatThrownBy(() -> store.commit(lease, Commit.failure(run, fatal))).isInstanceOf(LeaseLostException.class);
    assertThat(store.failures(JOB, new RunId("run-1"))).hasSize(3);
    store.releaseLease(taken);
  }

  private Lease takeOver(JobStore store, Lease lease) {
    clock.advance(Duration.ofMinutes(2));
    return store.acquireLease(JOB, "node-b", Duration.ofMinutes(1));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void commit_removedPartitionsAndUpdatedRun_replaceThePreviousOnes(String kind) {
    JobStore store = store(kind);
    Lease lease = store.acquireLease(JOB, "node-a", Duration.ofMinutes(1));
    RunId first = new RunId("run-1");
    RunRecord run1 = RunRecord.started(JOB, first, clock.instant(), Map.of());
    store.commit(lease, new Commit(run1, Optional.empty(), List.of(
        new PartitionState("a", first, PartitionState.Status.DONE, clock.instant(), Map.of("x", "1")),
        new PartitionState("b", first, PartitionState.Status.FAILED, clock.instant(), Map.of())), List.of()));
    store.commit(lease, Commit.run(run1.withState(RunState.COMPLETED, clock.instant(), null)));
    clock.advance(Duration.ofMinutes(5));
    RunRecord run2 = RunRecord.started(JOB, new RunId("run-2"), clock.instant(), Map.of());

    store.commit(lease, new Commit(run2, Optional.empty(), List.of(), List.of("a")));

    assertThat(store.partitionIds(JOB)).containsExactly("b");
    assertThat(store.history(JOB)).extracting(r -> r.runId().value(), RunRecord::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("run-2", RunState.IN_PROGRESS),
            org.assertj.core.groups.Tuple.tuple("run-1", RunState.COMPLETED));
    assertThat(store.history(JOB).get(1).endedAt()).isPresent();
  }

}
