package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.Mirror;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.RecordingSink;
import io.cspsdk.sync.testing.Snapshot;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded faults on every GET: 10 % 429 with Retry-After, 3 % 503, 1 % dropped connections. */
class DiscoveryFaultsTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void run_underSeededFaults_mirrorEqualsPartnerCenterWithNothingDuplicatedOrLost(long seed) {
    try (Partner partner = Partner.withInvoices(25, seed)) {
      DataSource ds = Mirror.h2();
      RecordingSink sink = new RecordingSink(new JdbcMirrorSink(ds, partner.clock));
      partner.fake.faults().on("GET", "/**").throttle(Duration.ofSeconds(3)).withProbability(0.10, seed);
      partner.fake.faults().on("GET", "/**").status(503).withProbability(0.03, seed * 31);
      partner.fake.faults().on("GET", "/**").dropConnection().withProbability(0.01, seed * 57);

      RunRecord run = Discovery.builder().client(partner.client).partnerId("p").store(new InMemoryJobStore())
          .sink(sink).concurrency(4).clock(partner.clock).build().run();

      long throttled = partner.fake.requests().stream().filter(r -> r.status() == 429).count();
      partner.fake.faults().clear();
      assertThat(run.state()).as("run error: %s", run.error()).isEqualTo(RunState.COMPLETED);
      assertThat(throttled).isPositive();
      Map<String, TreeSet<String>> expected = Snapshot.ofPartnerCenter(partner.client, true);
      Map<String, TreeSet<String>> mirror = Snapshot.ofMirror(ds, true);
      expected.forEach((table, rows) -> assertThat(mirror.get(table)).as(table).isEqualTo(rows));
      assertThat(run.counters().total().failed()).isZero();
      DiscoveryMirrorTest.assertDeliveryOrder(sink);
    }
  }
}
