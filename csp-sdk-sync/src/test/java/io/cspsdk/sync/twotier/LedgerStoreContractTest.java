package io.cspsdk.sync.twotier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.distributor.DistributorLedger;
import io.cspsdk.billing.distributor.InMemoryLedgerStore;
import io.cspsdk.billing.distributor.LedgerStore;
import io.cspsdk.billing.distributor.PeriodClosedException;
import io.cspsdk.billing.distributor.ResellerInvoice;
import io.cspsdk.billing.distributor.ResellerInvoice.GroupTotal;
import io.cspsdk.billing.distributor.ResellerPricing;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingPeriod;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.sync.store.StoreException;
import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.testkit.FakeClock;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distributor ledger on every store: in memory, JDBC on H2 and (profile {@code postgres}) PostgreSQL. Reseller R1
 * (gold, 10 % on cost) with lite reseller L1 (customer X) and its own customer Z; calendar months, EUR.
 */
class LedgerStoreContractTest {
  static final BillingPeriod JANUARY = new BillingPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"));
  static final BillingPeriod FEBRUARY = new BillingPeriod(LocalDate.parse("2026-02-01"),
      LocalDate.parse("2026-02-28"));
  private final List<AutoCloseable> cleanup = new ArrayList<>();
  private final FakeClock clock = FakeClock.atDefaultStart();

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  /** Stores over the same data: each call a new store instance (JDBC), or the one in-memory store. */
  private Supplier<LedgerStore> stores(String kind) {
    if (kind.equals("memory")) {
      InMemoryLedgerStore one = new InMemoryLedgerStore();
      return () -> one;
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    cleanup.add(db);
    JdbcLedgerStore.SCHEMA.apply(db.dataSource());
    return () -> new JdbcLedgerStore(db.dataSource(), "distributor", clock);
  }

  @AfterEach
  void drop() throws Exception {
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  private static DistributorLedger ledger(LedgerStore store) {
    TierPricing gold = TierPricing.builder("gold").rule(RuleScope.global(), Markup.percent("10")).build();
    return new DistributorLedger(BillingCalendar.billingDay(31),
        ResellerPricing.builder().tier("gold", gold).assign("R1", "gold").build(), store);
  }

  private static CostLine cost(String customer, String subscription, int qty, String unit, String effective,
                               String start, String end) {
    return CostLine.builder().customerId(customer).subscriptionId(subscription).productId("P1").skuId("0001")
        .productName("Microsoft 365 Business Basic").chargeType(ChargeType.CYCLE_CHARGE)
        .chargeStartDate(LocalDate.parse(start)).chargeEndDate(LocalDate.parse(end))
        .quantity(BigDecimal.valueOf(qty)).unitPrice(new BigDecimal(unit)).effectiveUnitPrice(new BigDecimal(effective))
        .pricingCurrency("EUR").termDuration(TermDuration.P1Y).billingCycle(BillingCycle.MONTHLY).build();
  }

  private static void recordJanuary(DistributorLedger ledger) {
    ledger.record(AttributedLine.viaLiteReseller(cost("X", "SX", 10, "6.00", "6.00", "2026-01-01", "2026-01-31"),
        "R1", "L1"));
    ledger.record(AttributedLine.of(cost("Z", "SZ", 3, "12.35", "12.35", "2026-01-01", "2026-01-31"), "R1"));
    ledger.record(AttributedLine.of(cost("Z", "SZ", 1, "12.35", "6.37", "2026-01-16", "2026-01-31"), "R1"));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void close_thenReadBackFromAnotherStoreInstance_isTheIssuedInvoiceToTheCent(String kind) {
    Supplier<LedgerStore> stores = stores(kind);
    DistributorLedger ledger = ledger(stores.get());
    recordJanuary(ledger);

    ResellerInvoice issued = ledger.close(JANUARY).get(0);

    // gold = cost × 1.10, each line rounded half-up to the cent:
    //   X SX 10 × 6.00  = 60.00 → 66.00
    //   Z SZ  3 × 12.35 = 37.05 → 40.755 → 40.76
    //   Z SZ  1 × 6.37  =  6.37 →  7.007 →  7.01   (pro-rata seat added on the 16th)
    //   total 66.00 + 40.76 + 7.01 = 113.77
    assertThat(issued.total()).isEqualByComparingTo("113.77");
    LedgerStore reopened = stores.get();
    assertThat(reopened.closedThrough()).contains(JANUARY.end());
    assertThat(reopened.closedPeriods()).containsExactly(JANUARY);
    ResellerInvoice read = reopened.invoices(JANUARY).get(0);
    assertThat(read).isEqualTo(issued);
    assertThat(read.total()).isEqualTo(new BigDecimal("113.77"));
    assertThat(read.charges().cost()).isEqualTo(new BigDecimal("103.42"));     // 60.00 + 37.05 + 6.37
    assertThat(read.groups()).containsExactly(
        new GroupTotal(Optional.empty(), "Z", new BigDecimal("47.77"), BigDecimal.ZERO),   // 40.76 + 7.01
        new GroupTotal(Optional.of("L1"), "X", new BigDecimal("66.00"), BigDecimal.ZERO));
    assertThat(read.charges().cycles().get(0).subscriptions().get(0).lines().get(0).amount())
        .isEqualTo(issued.charges().cycles().get(0).subscriptions().get(0).lines().get(0).amount());
    assertThat(reopened.invoices(FEBRUARY)).isEmpty();
    assertThat(ledger(reopened).isClosed(JANUARY)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void close_samePeriodByTwoLedgersOnOneStore_secondIsRefusedAndEachLineIsInvoicedOnce(String kind) {
    Supplier<LedgerStore> stores = stores(kind);
    DistributorLedger nodeA = ledger(stores.get());
    DistributorLedger nodeB = ledger(stores.get());
    recordJanuary(nodeA);
    assertThat(stores.get().pending()).extracting(r -> r.line().line().subscriptionId())
        .containsExactly("SX", "SZ", "SZ");
    List<ResellerInvoice> issued = nodeA.close(JANUARY);

    assertThatThrownBy(() -> nodeB.close(JANUARY)).isInstanceOf(PeriodClosedException.class)
        .hasMessageContaining("closed already");
    assertThatThrownBy(() -> stores.get().close(Optional.empty(), JANUARY, List.of(), 0))   // a close that raced
        .isInstanceOf(PeriodClosedException.class).hasMessageContaining("another close came first");

    assertThat(nodeB.invoices(JANUARY)).isEqualTo(issued);
    assertThat(stores.get().closedPeriods()).containsExactly(JANUARY);
    assertThat(stores.get().pending()).isEmpty();
    nodeB.record(AttributedLine.of(cost("Z", "SZ", 3, "12.35", "12.35", "2026-02-01", "2026-02-28"), "R1"));
    // February: 3 × 12.35 = 37.05 → 40.755 → 40.76; January's lines were invoiced by node A, not again
    ResellerInvoice february = nodeB.close(FEBRUARY).get(0);
    assertThat(february.total()).isEqualTo(new BigDecimal("40.76"));
    assertThat(february.adjustments()).isEmpty();
    assertThat(stores.get().closedThrough()).contains(FEBRUARY.end());
  }

  @ParameterizedTest
  @MethodSource("stores")
  void close_lineRecordedAfterThePendingLinesWereRead_staysForTheNextClose(String kind) {
    Supplier<LedgerStore> stores = stores(kind);
    LedgerStore store = stores.get();
    AttributedLine early = AttributedLine.of(cost("Z", "SZ", 3, "12.35", "12.35", "2026-01-01", "2026-01-31"), "R1");
    AttributedLine late = AttributedLine.of(cost("Z", "SZ", 1, "12.35", "6.37", "2026-01-16", "2026-01-31"), "R1");
    AttributedLine march = AttributedLine.of(cost("Z", "SZ", 3, "12.35", "12.35", "2026-03-01", "2026-03-31"), "R1");
    store.record(early);
    store.record(march);
    long read = stores.get().pending().get(1).seq();
    stores.get().record(late);                              // another node, while this one closes January

    store.close(Optional.empty(), JANUARY, List.of(), read);

    assertThat(stores.get().pending()).extracting(LedgerStore.Recorded::line).containsExactly(march, late);
    // February on the next close: the late January seat as an adjustment, 6.37 → 7.007 → 7.01
    ResellerInvoice february = ledger(stores.get()).close(FEBRUARY).get(0);
    assertThat(february.adjustments().orElseThrow().amount()).isEqualTo(new BigDecimal("7.01"));
    assertThat(stores.get().pending()).extracting(LedgerStore.Recorded::line).containsExactly(march);
  }

  @Test
  void jdbcClose_failingHalfway_writesNothingAndKeepsTheLinesForTheRetry() throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.h2()) {
      JdbcLedgerStore.SCHEMA.apply(db.dataSource());
      JdbcLedgerStore store = new JdbcLedgerStore(db.dataSource(), "distributor", clock);
      DistributorLedger ledger = ledger(store);
      recordJanuary(ledger);
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.execute("ALTER TABLE distributor_ledger_invoice RENAME TO moved");
      }

      assertThatThrownBy(() -> ledger.close(JANUARY)).isInstanceOf(StoreException.class);

      assertThat(store.closedThrough()).isEmpty();
      assertThat(store.closedPeriods()).isEmpty();
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.execute("ALTER TABLE moved RENAME TO distributor_ledger_invoice");
      }
      assertThat(ledger.close(JANUARY).get(0).total()).isEqualByComparingTo("113.77");
      assertThat(store.invoices(JANUARY)).hasSize(1);
    }
  }
}
