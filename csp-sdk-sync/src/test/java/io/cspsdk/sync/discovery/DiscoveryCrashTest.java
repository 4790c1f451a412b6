package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.FileJobStore;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.store.JobStore;
import io.cspsdk.sync.testing.CrashChild;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.Snapshot;
import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.testkit.FakeClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Discovery in a child JVM killed with SIGKILL at random points, restarted, killed again; then a second node on the
 * same store is refused while the dead node's lease is live, and resumes the run once it expires. The final mirror
 * equals Partner Center. Stores: file (mirror in an H2 file), JDBC on H2 and (profile postgres) PostgreSQL.
 */
class DiscoveryCrashTest {
  @TempDir
  Path dir;

  static Stream<String> stores() {
    List<String> s = new ArrayList<>(List.of("file"));
    TestDatabases.names().forEach(db -> s.add("jdbc-" + db));
    return s.stream();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void sigkillAtRandomPoints_thenAnotherNodeAfterLeaseExpiry_resumesToTheSameMirror(String kind) throws Exception {
    List<AutoCloseable> cleanup = new ArrayList<>();
    try (Partner partner = Partner.withInvoices(30, 21)) {
      String storeSpec;
      String mirrorSpec;
      DataSource mirror;
      if (kind.equals("jdbc-postgres")) {
        TestDatabases.TestDatabase db = TestDatabases.postgres();
        cleanup.add(db);
        String schema = ((org.postgresql.ds.PGSimpleDataSource) db.dataSource()).getCurrentSchema();
        storeSpec = "pg:" + schema;
        mirrorSpec = storeSpec;
        mirror = db.dataSource();
      } else {
        mirrorSpec = "h2:" + dir.resolve("mirror");
        storeSpec = kind.equals("file") ? "file:" + dir.resolve("store") : mirrorSpec;
        mirror = null;
      }
      Random random = new Random(kind.hashCode());
      String runId = null;
      int kills = 0;
      for (int attempt = 0; attempt < 2; attempt++) {
        String seen = runUntilKilled(partner, storeSpec, mirrorSpec, 1 + random.nextInt(15));
        assertThat(seen).as("the child must still be running at the kill point").isNotNull();
        kills++;
        assertThat(runId == null || runId.equals(seen)).as("every restart resumes the same run").isTrue();
        runId = seen;
      }
      assertThat(kills).isEqualTo(2);

      if (mirror == null) {
        mirror = TestDatabases.h2File(dir.resolve("mirror"));
      }
      FakeClock storeClock = new FakeClock(Instant.now());
      JobStore store = kind.equals("file") ? new FileJobStore(dir.resolve("store"), storeClock)
          : new JdbcJobStore(mirror, storeClock);
      Discovery secondNode = Discovery.builder().client(partner.client).partnerId("crash").store(store)
          .sink(new JdbcMirrorSink(mirror)).owner("second-node").clock(storeClock).leaseTtl(Duration.ofSeconds(3))
          .build();
      assertThat(secondNode.latestRun()).get().extracting(RunRecord::state).isEqualTo(RunState.IN_PROGRESS);

      assertThatThrownBy(secondNode::start).isInstanceOfSatisfying(LeaseRefusedException.class,
          e -> assertThat(e.holder()).isEqualTo("crashed-node"));
      storeClock.advance(Duration.ofSeconds(10));
      RunRecord resumed = secondNode.run();

      assertThat(resumed.state()).isEqualTo(RunState.COMPLETED);
      assertThat(resumed.runId().value()).isEqualTo(runId);
      assertThat(Snapshot.ofMirror(mirror, true)).isEqualTo(Snapshot.ofPartnerCenter(partner.client, true));
      assertThat(Snapshot.count(mirror, "SELECT COUNT(*) FROM pc_customer")).isEqualTo(30);
    } finally {
      for (AutoCloseable c : cleanup) {
        c.close();
      }
    }
  }

  /** Starts the child and SIGKILLs it after {@code batches} stored batches; the run id, or null if it finished. */
  private String runUntilKilled(Partner partner, String store, String mirror, int batches)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    for (String p : List.of("cspsdk.test.postgres.url", "cspsdk.test.postgres.user", "cspsdk.test.postgres.password")) {
      if (System.getProperty(p) != null) {
        command.add("-D" + p + "=" + System.getProperty(p));
      }
    }
    command.addAll(List.of(CrashChild.class.getName(), partner.fake.endpoint().toString(), store, mirror,
        "crashed-node"));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
        dir.resolve("child.err").toFile())).start();
    String runId = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("BATCH ")) {
          String[] parts = line.split(" ");
          runId = parts[2];
          if (Integer.parseInt(parts[1]) >= batches) {
            child.destroyForcibly(); // SIGKILL on Unix
            break;
          }
        } else if (line.startsWith("END ")) {
          child.waitFor();
          return null;
        }
      }
    }
    child.waitFor();
    assertThat(runId).as("child printed no batch; see " + dir.resolve("child.err")).isNotNull();
    return runId;
  }
}
