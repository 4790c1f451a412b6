package io.cspsdk.billing.distributor;

import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.cspsdk.billing.distributor.ResellerInvoice.GroupTotal;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.pricing.Validity;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingPeriod;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product document's hierarchy invoiced by the distributor: reseller R1 (tier "gold", 10 % on cost) with lite
 * reseller L1 (customers X and Y) and its own customer Z; reseller R2 with its own effective-dated price for P1
 * (11.00 until April, 11.50 from April) and 25 % on everything else. Calendar months, EUR, lines rounded half-up.
 */
class DistributorLedgerTest {
  static final BillingPeriod MARCH = new BillingPeriod(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));
  static final BillingPeriod APRIL = new BillingPeriod(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-30"));

  private DistributorLedger ledger;

  @BeforeEach
  void setUp() {
    TierPricing gold = TierPricing.builder("gold").rule(RuleScope.global(), Markup.percent("10")).build();
    TierPricing silver = TierPricing.builder("silver").rule(RuleScope.global(), Markup.percent("20")).build();
    TierPricing r2 = TierPricing.builder("R2 prices")
        .priceList(PriceList.global("R2 list")
            .price(PriceKey.product("P1"), Validity.between(d("2024-01-01"), d("2024-04-01")), eur("11.00"))
            .price(PriceKey.product("P1"), Validity.from(d("2024-04-01")), eur("11.50"))
            .build())
        .rule(RuleScope.global(), Markup.percent("25"))
        .build();
    ResellerPricing pricing = ResellerPricing.builder().tier("gold", gold).tier("silver", silver)
        .assign("R1", "gold").resellerPrices("R2", r2).defaultTier("silver").build();
    ledger = new DistributorLedger(BillingCalendar.billingDay(31), pricing);
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Money eur(String amount) {
    return Money.of(dec(amount), "EUR");
  }

  private static CostLine cost(String customer, String subscription, String product, int qty, String unit,
                               String start) {
    return line().customerId(customer).subscriptionId(subscription).productId(product).quantity(dec("" + qty))
        .unitPrice(dec(unit)).chargeStartDate(d(start)).chargeEndDate(d(start).plusMonths(1).minusDays(1)).build();
  }

  private void recordMarch() {
    ledger.record(AttributedLine.viaLiteReseller(cost("X", "SX", "P1", 10, "6.00", "2024-03-01"), "R1", "L1"));
    ledger.record(AttributedLine.viaLiteReseller(cost("Y", "SY", "P2", 3, "12.35", "2024-03-01"), "R1", "L1"));
    ledger.record(AttributedLine.of(cost("Z", "SZ", "P1", 2, "6.00", "2024-03-01"), "R1"));
    ledger.record(AttributedLine.of(line().customerId("Z").subscriptionId("SZ").chargeType(ChargeType.ADD_QUANTITY)
        .quantity(dec("1")).unitPrice(dec("6.00")).effectiveUnitPrice(dec("3.10"))
        .chargeStartDate(d("2024-03-16")).chargeEndDate(d("2024-03-31")).build(), "R1"));
    ledger.record(AttributedLine.of(cost("W", "SW", "P1", 5, "6.00", "2024-03-01"), "R2"));
    ledger.record(AttributedLine.of(cost("W", "SW3", "P3", 2, "4.00", "2024-03-01"), "R2"));
  }

  private static ResellerInvoice of(List<ResellerInvoice> invoices, String reseller) {
    return invoices.stream().filter(i -> i.resellerId().equals(reseller)).findFirst().orElseThrow();
  }

  @Test
  void close_march_invoicesEachResellerAtItsPricesGroupedByLiteResellerAndCustomer() {
    recordMarch();

    List<ResellerInvoice> invoices = ledger.close(MARCH);

    ResellerInvoice r1 = of(invoices, "R1");
    // R1, gold = cost × 1.10, each line rounded half-up to the cent:
    //   X  SX P1  10 × 6.00  = 60.00 → 66.00
    //   Y  SY P2   3 × 12.35 = 37.05 → 40.755 → 40.76
    //   Z  SZ P1   2 × 6.00  = 12.00 → 13.20
    //   Z  SZ P1   1 × 3.10  =  3.10 →  3.41   (pro-rata seat added on the 16th)
    //   total 66.00 + 40.76 + 13.20 + 3.41 = 123.37
    assertThat(r1.total()).isEqualByComparingTo("123.37");
    assertThat(r1.charges().cost()).isEqualByComparingTo("112.15");   // 60.00 + 37.05 + 12.00 + 3.10
    assertThat(r1.adjustments()).isEmpty();
    assertThat(r1.groups()).containsExactly(
        new GroupTotal(Optional.empty(), "Z", dec("16.61"), dec("0")),          // 13.20 + 3.41
        new GroupTotal(Optional.of("L1"), "X", dec("66.00"), dec("0")),
        new GroupTotal(Optional.of("L1"), "Y", dec("40.76"), dec("0")));
    assertThat(r1.charges().cycles()).singleElement().satisfies(c -> {
      assertThat(c.period()).isEqualTo(MARCH);
      assertThat(c.subscriptions()).extracting(s -> s.subscriptionId()).containsExactlyInAnyOrder("SX", "SY", "SZ");
    });
    ResellerInvoice r2 = of(invoices, "R2");
    // R2, own prices: P1 at its list price 11.00 (until April): 5 × 11.00 = 55.00;
    //   P3 at 25 % on cost: 2 × 4.00 = 8.00 → 10.00; total 65.00
    assertThat(r2.total()).isEqualByComparingTo("65.00");
    assertThat(r2.groups()).containsExactly(new GroupTotal(Optional.empty(), "W", dec("65.00"), dec("0")));
  }

  @Test
  void lateLine_afterClose_goesToTheNextPeriodAsAdjustmentAndNeverRewritesTheIssuedInvoice() {
    recordMarch();
    List<ResellerInvoice> march = ledger.close(MARCH);
    ResellerInvoice marchR1 = of(march, "R1");

    // Microsoft's line for a March seat change of X arrives after the close: 2 × 2.40 = 4.80 → × 1.10 = 5.28
    ledger.record(AttributedLine.viaLiteReseller(line().customerId("X").subscriptionId("SX")
        .chargeType(ChargeType.ADD_QUANTITY).quantity(dec("2")).unitPrice(dec("6.00")).effectiveUnitPrice(dec("2.40"))
        .chargeStartDate(d("2024-03-20")).chargeEndDate(d("2024-03-31")).build(), "R1", "L1"));
    ledger.record(AttributedLine.viaLiteReseller(cost("X", "SX", "P1", 12, "6.00", "2024-04-01"), "R1", "L1"));
    ledger.record(AttributedLine.of(cost("W", "SW", "P1", 5, "6.00", "2024-04-01"), "R2"));

    assertThat(ledger.invoices(MARCH)).containsExactlyElementsOf(march);
    assertThat(of(ledger.invoices(MARCH), "R1")).isEqualTo(marchR1);
    List<ResellerInvoice> april = ledger.close(APRIL);
    ResellerInvoice r1 = of(april, "R1");
    // April charges: X 12 × 6.00 = 72.00 → 79.20; adjustment for March: 5.28; total 84.48
    assertThat(r1.charges().amount()).isEqualByComparingTo("79.20");
    assertThat(r1.adjustments()).hasValueSatisfying(a -> {
      assertThat(a.amount()).isEqualByComparingTo("5.28");
      assertThat(a.cycles()).singleElement().satisfies(c -> assertThat(c.period()).isEqualTo(MARCH));
    });
    assertThat(r1.total()).isEqualByComparingTo("84.48");
    assertThat(r1.groups()).containsExactly(new GroupTotal(Optional.of("L1"), "X", dec("79.20"), dec("5.28")));
    // R2's P1 price changed on April 1st: 5 × 11.50 = 57.50
    assertThat(of(april, "R2").total()).isEqualByComparingTo("57.50");
  }

  @Test
  void close_twiceOrOutOfOrder_isRefused() {
    recordMarch();
    ledger.close(MARCH);

    assertThatThrownBy(() -> ledger.close(MARCH)).isInstanceOf(PeriodClosedException.class)
        .hasMessageContaining("closed already");
    assertThatThrownBy(() -> ledger.close(new BillingPeriod(d("2024-05-01"), d("2024-05-31"))))
        .isInstanceOf(PeriodClosedException.class).hasMessageContaining("2024-04-01");
    assertThat(ledger.isClosed(MARCH)).isTrue();
    assertThat(ledger.isClosed(APRIL)).isFalse();
  }

  @Test
  void resellerWithoutTier_usesTheDefaultTier_andWithoutDefaultIsRefused() {
    ledger.record(AttributedLine.of(cost("V", "SV", "P1", 1, "10.00", "2024-03-01"), "R9"));
    // silver: 10.00 × 1.20 = 12.00
    assertThat(of(ledger.close(MARCH), "R9").total()).isEqualByComparingTo("12.00");

    ResellerPricing noDefault = ResellerPricing.builder()
        .tier("gold", TierPricing.builder("gold").rule(RuleScope.global(), Markup.percent("10")).build()).build();
    assertThatThrownBy(() -> noDefault.chainFor("R9")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("resellerId"));
    assertThatThrownBy(() -> ResellerPricing.builder().assign("R1", "platinum").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("assign"));
  }

  @Test
  void csv_sameColumnsAsTheBillingReportPrefixedWithSectionResellerAndLiteReseller() {
    recordMarch();
    ledger.close(MARCH);
    ledger.record(AttributedLine.viaLiteReseller(cost("X", "SX", "P1", 1, "6.00", "2024-03-25"), "R1", "L1"));
    ResellerInvoice april = of(ledger.close(APRIL), "R1");

    String csv = ResellerInvoiceCsv.toCsv(of(ledger.invoices(MARCH), "R1"));
    String[] rows = csv.split("\r\n");

    assertThat(rows[0]).isEqualTo("section,resellerId,liteResellerId,record,billingDate,periodStart,periodEnd,"
        + "customerId,subscriptionId,productId,skuId,productName,lineType,chargeType,chargeStartDate,chargeEndDate,"
        + "quantity,unitPrice,amount,currency,roundingDifference");
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("charges,R1,L1,line,2024-04-01,2024-03-01,"
        + "2024-03-31,X,SX,P1"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("charges,R1,,subscription,2024-04-01,2024-03-01,"
        + "2024-03-31,Z,SZ").contains(",16.61,EUR"));
    assertThat(rows[rows.length - 1]).startsWith("charges,R1,,report,").contains(",123.37,EUR");
    assertThat(ResellerInvoiceCsv.toCsv(april)).contains("\r\nadjustments,R1,L1,line,")
        .doesNotContain("cost");
  }

  @Test
  void csv_productNameWithCommaQuoteAndCrlf_staysOneQuotedFieldOfItsRow() throws Exception {
    String name = "Microsoft 365 E3, \"EEA\"\r\n(no Teams)";
    ledger.record(AttributedLine.viaLiteReseller(line().customerId("X").subscriptionId("SX").productId("P1")
        .productName(name).quantity(dec("2")).unitPrice(dec("6.00")).chargeStartDate(d("2024-03-01"))
        .chargeEndDate(d("2024-03-31")).build(), "R1", "L1"));

    String csv = ResellerInvoiceCsv.toCsv(of(ledger.close(MARCH), "R1"));

    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = new CsvMapper().readerForArrayOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    int nameColumn = ResellerInvoiceCsv.columns().indexOf("productName");
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(ResellerInvoiceCsv.columns().size()));
    assertThat(rows).filteredOn(r -> r[3].equals("line")).singleElement().satisfies(r -> {
      assertThat(r[nameColumn]).isEqualTo(name);
      assertThat(r[0]).isEqualTo("charges");
      assertThat(r[2]).isEqualTo("L1");
    });
    assertThat(rows).filteredOn(r -> r[3].equals("subscription")).singleElement()
        .satisfies(r -> assertThat(r[2]).isEqualTo("L1"));
    assertThat(csv).contains("\"Microsoft 365 E3, \"\"EEA\"\"\r\n(no Teams)\"");
  }
}
