package io.cspsdk.billing.report;

import static io.cspsdk.billing.report.ReportScenario.d;
import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BillingReportTest {

  @Test
  void report_oneSectionPerCycle_datedTheDayAfterTheBillingDay() {
    BillingReport r = ReportScenario.report();
    assertThat(r.cycles()).extracting(CycleSection::billingDate).containsExactly(d("2024-02-16"), d("2024-03-16"));
    assertThat(r.cycles().get(0).period()).isEqualTo(new BillingPeriod(d("2024-01-16"), d("2024-02-15")));
    assertThat(r.lineCount()).isEqualTo(9);
    assertThat(r.skippedLineCount()).isEqualTo(1);
    assertThat(r.currency()).isEqualTo("EUR");
  }

  @Test
  void report_groupsBySubscription_withDetailKindsFromChargeTypes() {
    CycleSection feb = ReportScenario.report().cycles().get(0);
    assertThat(feb.subscriptions()).extracting(SubscriptionSection::subscriptionId).containsExactly("S1", "S3");
    SubscriptionSection s1 = feb.subscriptions().get(0);
    assertThat(s1.lines())
        .extracting(l -> l.kind() + " " + l.chargeType() + " " + l.quantity() + " × " + l.unitPrice() + " = " + l.amount() + " (cost " + l.cost() + ")")
        .containsExactly(
            "CYCLE_FEE cycleCharge 10 × 12.000000 = 120.00 (cost 100.00)",
            "PRO_RATA addQuantity 15 × 6.000000 = 90.00 (cost 75.00)",
            "REFUND addQuantity 10 × -6.000000 = -60.00 (cost -50.00)",
            "CREDIT customerCredit 1 × -3.330000 = -3.33 (cost -3.33)");
    assertThat(s1.amount()).isEqualByComparingTo("146.67");
    assertThat(s1.cost()).isEqualByComparingTo("121.67");
    assertThat(s1.margin()).isEqualByComparingTo("25.00");
    assertThat(feb.amount()).isEqualByComparingTo("155.07");
    assertThat(feb.cost()).isEqualByComparingTo("128.67");
    assertThat(feb.roundingDifference()).isEqualByComparingTo("0");
  }

  @Test
  void report_roundingDifference_isSumOfRoundedLinesMinusRoundedExactSum() {
    BillingReport r = ReportScenario.report();
    CycleSection mar = r.cycles().get(1);
    SubscriptionSection s2 = mar.subscriptions().get(1);
    assertThat(s2.lines()).extracting(DetailLine::amount).containsExactly(dec("1.01"), dec("1.01"), dec("1.01"));
    assertThat(s2.amount()).isEqualByComparingTo("3.03"); // exact 3.015 → 3.02
    assertThat(mar.amount()).isEqualByComparingTo("183.03");
    assertThat(mar.roundingDifference()).isEqualByComparingTo("0.01");
    assertThat(r.amount()).isEqualByComparingTo("338.10");
    assertThat(r.cost()).isEqualByComparingTo("281.19");
    assertThat(r.margin()).isEqualByComparingTo("56.91");
    assertThat(r.roundingDifference()).isEqualByComparingTo("0.01");
  }

  @Test
  void report_roundingModePerCurrency_changesLinesAndDifference() {
    BillingReport r =
        ReportScenario.builder()
            .rounding(RoundingPolicy.builder().mode("EUR", RoundingMode.HALF_EVEN).build())
            .addAll(ReportScenario.lines().stream(), ReportScenario.PRICING)
            .build();
    SubscriptionSection s2 = r.cycles().get(1).subscriptions().get(1);
    assertThat(s2.amount()).isEqualByComparingTo("3.00"); // 1.005 → 1.00 three times; exact 3.015 → 3.02
    assertThat(r.cycles().get(1).roundingDifference()).isEqualByComparingTo("-0.02");
  }

  @Test
  void report_forOneCustomer_leavesOthersOut() {
    BillingReport r =
        ReportScenario.builder().customer("C2").addAll(ReportScenario.lines().stream(), ReportScenario.PRICING).build();
    assertThat(r.cycles().get(0).subscriptions()).extracting(SubscriptionSection::customerId).containsExactly("C2");
    assertThat(r.cycles().get(1).subscriptions()).isEmpty();
    assertThat(r.cycles().get(1).amount()).isEqualByComparingTo("0");
    assertThat(r.amount()).isEqualByComparingTo("8.40");
  }

  @Test
  void report_streamOfManyLines_aggregatesIntoFewDetailLines() {
    PricingChain pricing =
        PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("10")).build());
    int n = 24_000;
    Stream<io.cspsdk.billing.report.CostLine> lines =
        IntStream.range(0, n)
            .mapToObj(
                i ->
                    line().subscriptionId("S" + (i % 3))
                        .chargeType(i % 2 == 0 ? ChargeType.CYCLE_CHARGE : ChargeType.ADD_QUANTITY)
                        .unitPrice(new BigDecimal("1.07"))
                        .chargeStartDate(d("2024-03-01").plusDays(i % 2))
                        .build());
    BillingReport r =
        BillingReportBuilder.create(BillingCalendar.billingDay(31), d("2024-03-01"), d("2024-03-31"))
            .addAll(lines, pricing)
            .build();
    assertThat(r.lineCount()).isEqualTo(n);
    assertThat(r.cycles().get(0).subscriptions()).hasSize(3);
    assertThat(r.cycles().get(0).subscriptions()).allSatisfy(s -> assertThat(s.lines()).hasSize(2));
    // 24,000 × 1.07 × 1.10 = 28,248.00
    assertThat(r.amount()).isEqualByComparingTo("28248.00");
    assertThat(r.cycles().get(0).subscriptions().get(0).lines().get(0).quantity()).isEqualByComparingTo("4000");
  }

  @Test
  void report_emptyRange_hasEmptyCyclesWithZeroTotals() {
    BillingReport r =
        BillingReportBuilder.create(BillingCalendar.billingDay(15), d("2024-01-01"), d("2024-02-29")).build();
    assertThat(r.cycles()).hasSize(2);
    assertThat(r.amount()).isEqualByComparingTo("0");
    assertThat(r.roundingDifference()).isEqualByComparingTo("0");
  }
}
