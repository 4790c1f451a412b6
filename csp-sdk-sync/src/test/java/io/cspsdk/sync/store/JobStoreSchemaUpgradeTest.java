package io.cspsdk.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A job store created at schema version 1 is upgraded to version 2 (item failures) without losing its runs. */
class JobStoreSchemaUpgradeTest {
  private static final String JOB = "discovery:p";
  private static final RunId RUN = new RunId("run-1");
  @TempDir
  Path dir;

  static Stream<String> databases() {
    return TestDatabases.names().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void apply_onAVersion1Store_addsTheFailureTableAndKeepsTheRuns(String database) {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcSchema.of("job-store", JdbcJobStore.SCHEMA.scripts().get(0)).apply(db.dataSource());
      JdbcJobStore store = new JdbcJobStore(db.dataSource());
      Lease lease = store.acquireLease(JOB, "me", Duration.ofMinutes(1));
      RunRecord run = RunRecord.started(JOB, RUN, Instant.parse("2026-12-01T00:00:00Z"), Map.of());
      store.commit(lease, Commit.run(run));
      ItemFailure failure = new ItemFailure("order", "c1/orders/items[0].id", FailureCategory.RECORD, "unreadable",
          Optional.of("{\"id\":7}"));
      assertThatThrownBy(() -> store.commit(lease, Commit.failure(run, failure)))
          .isInstanceOf(StoreException.class);

      JdbcJobStore.SCHEMA.apply(db.dataSource());
      store.commit(lease, Commit.failure(run, failure));

      assertThat(JdbcJobStore.SCHEMA.version()).isEqualTo(2);
      assertThat(store.latestRun(JOB)).contains(run);
      assertThat(store.failures(JOB, RUN)).containsExactly(failure);
    }
  }

  @Test
  void failures_fileAlteredByHand_throwTheTypedError() throws Exception {
    FileJobStore store = new FileJobStore(dir);
    Lease lease = store.acquireLease(JOB, "me", Duration.ofMinutes(1));
    RunRecord run = RunRecord.started(JOB, RUN, Instant.parse("2026-12-01T00:00:00Z"), Map.of());
    store.commit(lease, Commit.failure(run, new ItemFailure("customer", "c1", FailureCategory.PARTITION, "403",
        Optional.empty())));
    Path file;
    try (Stream<Path> files = Files.list(dir.resolve("discovery%3Ap").resolve("failures").resolve("run-1"))) {
      file = files.findFirst().orElseThrow();
    }
    Files.writeString(file, Files.readString(file).replace("PARTITION", "PARTITIOM"));

    assertThatThrownBy(() -> store.failures(JOB, RUN)).isInstanceOfSatisfying(CorruptCheckpointException.class,
        e -> assertThat(e.location()).isEqualTo(file.toString()));
  }
}
