package io.cspsdk.billing.charges;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Shared builders and assertions of the charge-engine scenarios. */
final class Fixtures {
  static final ChargeEngine NCE = ChargeEngine.newCommerce();
  static final ChargeEngine LEGACY = ChargeEngine.legacy();

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static Purchase.Builder purchase(String date, TermDuration term, BillingCycle cycle, int quantity, String unitPrice) {
    return Purchase.builder().purchaseDate(d(date)).termDuration(term).billingCycle(cycle).quantity(quantity)
        .unitPrice(dec(unitPrice)).currency("USD");
  }

  static SubscriptionTimeline.Builder timeline(Purchase.Builder purchase) {
    return SubscriptionTimeline.builder().subscriptionId("sub-1").customerId("cust-1").purchase(purchase.build());
  }

  /** One seat of a P3Y bought 2022-03-05 at 360.00 (10.00 a month, 120.00 a year). */
  static SubscriptionTimeline.Builder p3y(BillingCycle cycle) {
    return timeline(purchase("2022-03-05", TermDuration.P3Y, cycle, 1, "360.00"));
  }

  /** Compact "type start..end qty amount" form of lines, for readable assertions. */
  static List<String> brief(List<ChargeLine> lines) {
    return lines.stream()
        .map(l -> l.chargeType() + " " + l.chargeStartDate() + ".." + l.chargeEndDate() + " x" + l.quantity() + " "
            + l.amount().toPlainString())
        .toList();
  }

  static BigDecimal sum(List<ChargeLine> lines) {
    return lines.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static void assertLine(ChargeLine l, ChargeType type, String start, String end, int quantity, String amount) {
    assertThat(l.chargeType()).isEqualTo(type);
    assertThat(l.chargeStartDate()).isEqualTo(d(start));
    assertThat(l.chargeEndDate()).isEqualTo(d(end));
    assertThat(l.quantity()).isEqualTo(quantity);
    assertThat(l.amount()).isEqualByComparingTo(amount);
  }
}
