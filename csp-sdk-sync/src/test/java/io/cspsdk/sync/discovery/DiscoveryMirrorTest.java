package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.RecordingSink;
import io.cspsdk.sync.testing.Snapshot;
import io.cspsdk.sync.testing.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A full discovery of 300 customers into the JDBC mirror, on H2 and (profile postgres) PostgreSQL. */
class DiscoveryMirrorTest {
  static Stream<String> databases() {
    return TestDatabases.names().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void run_partnerWith300Customers_mirrorEqualsPartnerCenterTableByTable(String database) {
    try (Partner partner = Partner.withInvoices(300, 7);
         TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcJobStore.SCHEMA.apply(db.dataSource());
      JdbcMirrorSink.SCHEMA.apply(db.dataSource());
      RecordingSink sink = new RecordingSink(new JdbcMirrorSink(db.dataSource(), partner.clock));
      List<String> events = new CopyOnWriteArrayList<>();
      List<DiscoveryProgress> progress = new CopyOnWriteArrayList<>();
      Discovery discovery = Discovery.builder().client(partner.client).partnerId("partner-1")
          .store(new JdbcJobStore(db.dataSource(), partner.clock)).sink(sink).concurrency(8).clock(partner.clock)
          .listener(new DiscoveryListener() {
            @Override
            public void onStateChanged(RunRecord run, RunState previous) {
              events.add(previous + "->" + run.state());
            }

            @Override
            public void onProgress(DiscoveryProgress p) {
              progress.add(p);
            }
          })
          .build();

      RunRecord run = discovery.run();

      assertThat(run.state()).isEqualTo(RunState.COMPLETED);
      Map<String, TreeSet<String>> expected = Snapshot.ofPartnerCenter(partner.client, true);
      Map<String, TreeSet<String>> mirror = Snapshot.ofMirror(db.dataSource(), true);
      assertThat(expected.get("pc_customer")).hasSize(300);
      assertThat(expected.get("pc_invoice")).hasSize(3);
      assertThat(expected.get("pc_invoice_line_item")).hasSizeGreaterThan(300);
      expected.forEach((table, rows) -> assertThat(mirror.get(table)).as(table).isEqualTo(rows));
      // counters match the mirror, kind by kind
      for (ItemKind kind : ItemKind.values()) {
        long rows = Snapshot.count(db.dataSource(), "SELECT COUNT(*) FROM " + JdbcMirrorSink.table(kind));
        assertThat(run.counters().of(kind.key()).imported()).as(kind.key()).isEqualTo(rows);
        assertThat(run.counters().of(kind.key()).failed()).as(kind.key()).isZero();
      }
      assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "IN_PROGRESS->COMPLETED");
      assertThat(discovery.history()).extracting(RunRecord::state).containsExactly(RunState.COMPLETED);
      DiscoveryProgress last = progress.get(progress.size() - 1);
      assertThat(last.customersDone()).isEqualTo(300);
      assertThat(last.customersTotal()).hasValue(300);
      assertThat(last.apiCalls()).isGreaterThan(300 * 4);
      assertDeliveryOrder(sink);
    }
  }

  /** A customer before its items, a user before its licences, an invoice before its lines; each key once. */
  static void assertDeliveryOrder(RecordingSink sink) {
    Set<String> seen = new HashSet<>();
    Map<String, Integer> deliveries = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (DiscoveredItem i : sink.items()) {
      deliveries.merge(i.qualifiedKey(), 1, Integer::sum);
      String needed = switch (i.kind()) {
        case CUSTOMER, INVOICE -> null;
        case LICENSE -> "user:" + i.parentKey().orElseThrow();
        case INVOICE_LINE_ITEM -> "invoice:" + i.parentKey().orElseThrow();
        default -> "customer:" + i.customerId().orElseThrow();
      };
      if (needed != null && !seen.contains(needed)) {
        problems.add(i.qualifiedKey() + " before " + needed);
      }
      seen.add(i.qualifiedKey());
    }
    assertThat(problems).isEmpty();
    assertThat(deliveries.values()).allMatch(n -> n == 1);
  }

}
