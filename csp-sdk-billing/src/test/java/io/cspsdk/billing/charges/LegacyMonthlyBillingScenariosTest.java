package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every example of Microsoft's page "Common legacy monthly billing scenarios", to the cent: billing date the
 * 15th, one licence at $4 a month bought on 2018-01-13. Not reproduced: "Change license quantity and convert from
 * monthly to annual billing", whose amounts are not the product of their unit prices and quantities.
 */
class LegacyMonthlyBillingScenariosTest {
  private static final String PAGE = "Common legacy monthly billing scenarios: ";

  private static SubscriptionTimeline.Builder bought() {
    return SubscriptionTimeline.builder().subscriptionId("legacy-monthly").billingDay(15)
        .purchase(purchase("2018-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build());
  }

  @Test
  @DisplayName(PAGE + "New monthly subscription")
  void newMonthlySubscription_cycleFeeEachBillingDate() {
    SubscriptionTimeline t = bought().build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Cycle fee 2018-01-13..2018-02-12 x1 4.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 2)))).containsExactly(
        "Cycle fee 2018-02-13..2018-03-12 x1 4.00");
  }

  @Test
  @DisplayName(PAGE + "Change license quantity")
  void changeLicenseQuantity_dailyRate0_129_cycleInstanceProratesOnFebruary15() {
    SubscriptionTimeline t = bought().addSeats(d("2018-02-01"), 1).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Cycle fee 2018-01-13..2018-02-12 x1 4.00");
    List<ChargeLine> feb = LEGACY.invoice(t, YearMonth.of(2018, 2));
    assertThat(brief(feb)).containsExactly(
        "Cycle instance prorate 2018-01-13..2018-02-12 x1 -4.00",
        "Cycle instance prorate 2018-01-13..2018-01-31 x1 2.45",
        "Cycle instance prorate 2018-02-01..2018-02-12 x2 3.10",
        "Cycle instance prorate 2018-02-13..2018-03-12 x2 8.00");
    // unit prices as the page shows them: -4.00, 2.45 (19 x 0.129), 1.55 (12 x 0.129), 4.00
    assertThat(feb).extracting(ChargeLine::effectiveUnitPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("-4.00"), dec("2.45"), dec("1.55"), dec("4.00"));
  }

  @Test
  @DisplayName(PAGE + "Suspend before 30 days")
  void suspendBefore30Days_cancelFeeCreditsTheWholeCycle() {
    SubscriptionTimeline t = bought().suspend(d("2018-02-01")).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Cycle fee 2018-01-13..2018-02-12 x1 4.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 2)))).containsExactly(
        "Cancel fee 2018-01-13..2018-02-12 x1 -4.00");
    assertThat(LEGACY.invoice(t, YearMonth.of(2018, 3))).as("nothing is billed while suspended").isEmpty();
  }

  @Test
  @DisplayName(PAGE + "Suspend after 30 days")
  void suspendAfter30Days_dailyRate0_143_cancelFeeMinus1_72() {
    SubscriptionTimeline t = bought().suspend(d("2018-03-01")).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Cycle fee 2018-01-13..2018-02-12 x1 4.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 2)))).containsExactly(
        "Cycle fee 2018-02-13..2018-03-12 x1 4.00");
    // 4 / 28 = 0.143 a day, 12 days: 1.716 -> 1.72 (the exact 4 x 12 / 28 = 1.714 would give 1.71)
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 3)))).containsExactly(
        "Cancel fee 2018-03-01..2018-03-12 x1 -1.72");
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
