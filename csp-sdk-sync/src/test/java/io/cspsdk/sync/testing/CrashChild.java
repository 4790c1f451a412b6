package io.cspsdk.sync.testing;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.store.FileJobStore;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.store.JobStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A discovery in its own JVM, for crash tests: {@code CrashChild <endpoint> <store> <mirror> <owner>} where store is
 * {@code file:<dir>}, {@code h2:<file>} or {@code pg:<schema>} and mirror is {@code h2:<file>} or {@code pg:<schema>}.
 * Prints {@code BATCH n} after each batch the mirror stored, and {@code END <state>} at the end.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    DataSource mirror = dataSource(args[2]);
    JdbcMirrorSink.SCHEMA.apply(mirror);
    JobStore store = store(args[1]);
    JdbcMirrorSink sink = new JdbcMirrorSink(mirror);
    AtomicInteger batches = new AtomicInteger();
    try (PartnerCenterClient pc = PartnerCenterClient.builder().endpoint(URI.create(args[0]))
        .credential(PartnerCredentials.staticToken("fake-partner-center-token")).noRateLimit().build()) {
      var run = Discovery.builder().client(pc).partnerId("crash").store(store).owner(args[3])
          .leaseTtl(Duration.ofSeconds(3)).concurrency(4).sink((runId, items) -> {
            sink.accept(runId, items);
            synchronized (System.out) {
              System.out.println("BATCH " + batches.incrementAndGet() + " " + runId);
              System.out.flush();
            }
          }).build().run();
      System.out.println("END " + run.state());
    }
  }

  static JobStore store(String spec) {
    if (spec.startsWith("file:")) {
      return new FileJobStore(Path.of(spec.substring(5)));
    }
    DataSource ds = dataSource(spec);
    JdbcJobStore.SCHEMA.apply(ds);
    return new JdbcJobStore(ds);
  }

  static DataSource dataSource(String spec) {
    if (spec.startsWith("h2:")) {
      return TestDatabases.h2File(Path.of(spec.substring(3)));
    }
    if (spec.startsWith("pg:")) {
      return TestDatabases.postgresSource(spec.substring(3));
    }
    throw new IllegalArgumentException("store: file:<dir>, h2:<file> or pg:<schema>, was " + spec);
  }
}
