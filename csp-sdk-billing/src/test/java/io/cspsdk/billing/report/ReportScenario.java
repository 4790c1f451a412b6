package io.cspsdk.billing.report;

import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;

import io.cspsdk.billing.pricing.FixedPrice;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.core.model.ChargeType;
import java.time.LocalDate;
import java.util.List;

/**
 * Two customers, billing day 15, report range February–March 2024: a cycle fee, a seat change (refund + pro-rata),
 * a passed-through credit, three lines that round up one cent each, one line outside the range.
 */
final class ReportScenario {
  private ReportScenario() {}

  static final PricingChain PRICING =
      PricingChain.of(
          TierPricing.builder("reseller→customer")
              .rule(RuleScope.global(), Markup.percent("20"))
              .rule(RuleScope.subscription("S2"), FixedPrice.of("1.005", "EUR"))
              .build());

  static List<CostLine> lines() {
    return List.of(
        line().chargeStartDate(d("2024-01-16")).chargeEndDate(d("2024-02-15")).quantity(dec("10")).build(),
        line().chargeType(ChargeType.ADD_QUANTITY).chargeStartDate(d("2024-02-01")).chargeEndDate(d("2024-02-15"))
            .quantity(dec("10")).effectiveUnitPrice(dec("-5")).referenceId("r1").build(),
        line().chargeType(ChargeType.ADD_QUANTITY).chargeStartDate(d("2024-02-01")).chargeEndDate(d("2024-02-15"))
            .quantity(dec("15")).effectiveUnitPrice(dec("5")).referenceId("r1").build(),
        line().chargeType(ChargeType.CUSTOMER_CREDIT).chargeStartDate(d("2024-02-10")).chargeEndDate(d("2024-02-10"))
            .unitPrice(dec("-3.33")).build(),
        line().customerId("C2").subscriptionId("S3").productId("P3").skuId("0003")
            .productName("Dynamics 365 \"Sales\", Enterprise").unitPrice(dec("7"))
            .chargeStartDate(d("2024-01-20")).chargeEndDate(d("2024-02-19")).build(),
        line().chargeStartDate(d("2024-02-16")).chargeEndDate(d("2024-03-15")).quantity(dec("15")).build(),
        s2("2024-02-20"),
        s2("2024-02-21"),
        s2("2024-02-22"),
        line().chargeStartDate(d("2024-03-16")).chargeEndDate(d("2024-04-15")).quantity(dec("15")).build());
  }

  private static CostLine s2(String start) {
    return line().subscriptionId("S2").productName("Exchange Online (Plan 1)").unitPrice(dec("0.8375"))
        .chargeStartDate(d(start)).chargeEndDate(d("2024-03-15")).build();
  }

  static BillingReportBuilder builder() {
    return BillingReportBuilder.create(BillingCalendar.billingDay(15), d("2024-02-01"), d("2024-03-31"));
  }

  static BillingReport report() {
    return builder().addAll(lines().stream(), PRICING).build();
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }
}
