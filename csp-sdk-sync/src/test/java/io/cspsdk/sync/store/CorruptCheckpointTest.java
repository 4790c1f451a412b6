package io.cspsdk.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CorruptCheckpointTest {
  private static final String JOB = "discovery:p";
  @TempDir
  Path dir;

  private static void writeCheckpoint(JobStore store) {
    Lease lease = store.acquireLease(JOB, "me", Duration.ofMinutes(1));
    RunId run = new RunId("run-1");
    store.commit(lease, Commit.run(RunRecord.started(JOB, run, Instant.parse("2026-12-01T00:00:00Z"), Map.of()),
        Checkpoint.of(run, Map.of("watermark", "2026-12-01T00:00:00Z"))));
  }

  @Test
  void checkpoint_fileAlteredByHand_throwsTypedErrorNamingFileAndRule() throws Exception {
    FileJobStore store = new FileJobStore(dir);
    writeCheckpoint(store);
    Path file = dir.resolve("discovery%3Ap").resolve("checkpoint");
    Files.writeString(file, Files.readString(file).replace("2026-12-01", "2026-11-01"));

    assertThatThrownBy(() -> store.checkpoint(JOB)).isInstanceOfSatisfying(CorruptCheckpointException.class, e -> {
      assertThat(e.location()).isEqualTo(file.toString());
      assertThat(e.rule()).contains("checksum");
    });
  }

  @Test
  void checkpoint_fileTruncated_throwsTypedError() throws Exception {
    FileJobStore store = new FileJobStore(dir);
    writeCheckpoint(store);
    Path file = dir.resolve("discovery%3Ap").resolve("checkpoint");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> store.checkpoint(JOB)).isInstanceOf(CorruptCheckpointException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void checkpoint_unknownFormatVersion_throwsTypedErrorNamingTheVersion() throws Exception {
    FileJobStore store = new FileJobStore(dir);
    writeCheckpoint(store);
    Path file = dir.resolve("discovery%3Ap").resolve("checkpoint");
    String body = "cspsdk-checkpoint 9\nrunId=run-1\n";
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    Files.writeString(file, body + "crc32=" + Long.toHexString(crc.getValue()) + "\n");

    assertThatThrownBy(() -> store.checkpoint(JOB)).isInstanceOf(CorruptCheckpointException.class)
        .hasMessageContaining("format version 9 is not supported");
  }

  static Stream<String> databases() {
    return TestDatabases.names().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void checkpoint_rowAlteredInTheDatabase_throwsTypedError(String database) throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcJobStore.SCHEMA.apply(db.dataSource());
      JdbcJobStore store = new JdbcJobStore(db.dataSource());
      writeCheckpoint(store);
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE sync_checkpoint SET body = REPLACE(body, 'run-1', 'run-2')");
      }

      assertThatThrownBy(() -> store.checkpoint(JOB)).isInstanceOfSatisfying(CorruptCheckpointException.class,
          e -> assertThat(e.location()).isEqualTo("sync_checkpoint(discovery:p)"));
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void apply_twice_leavesEachVersionRecordedOnce(String database) throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcJobStore.SCHEMA.apply(db.dataSource());
      JdbcJobStore.SCHEMA.apply(db.dataSource());
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
           var r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), MAX(version) FROM cspsdk_schema_version "
               + "WHERE component = 'job-store'")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(2);
        assertThat(r.getInt(2)).isEqualTo(2);
        assertThat(r.getInt(3)).isEqualTo(JdbcJobStore.SCHEMA.version());
      }
    }
  }
}
