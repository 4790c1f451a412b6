package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legacy licence-based billing: purchase-anchored cycles, billing-day invoices, prorates and credits. */
class LegacyScenariosTest {

  private static SubscriptionTimeline.Builder legacy(BillingCycle cycle, String unitPrice) {
    return SubscriptionTimeline.builder().subscriptionId("legacy-1").billingDay(15)
        .purchase(purchase("2022-01-13", TermDuration.P1Y, cycle, 1, unitPrice).build());
  }

  @Test
  void cancel_inTheFirstMonth_fullCredit() {
    SubscriptionTimeline t = legacy(BillingCycle.MONTHLY, "48.00").cancel(d("2022-02-05")).build();

    List<ChargeLine> feb = LEGACY.invoice(t, YearMonth.of(2022, 2));

    assertThat(brief(feb)).containsExactly("Cancel fee 2022-01-13..2022-02-12 x1 -4.00");
    assertThat(LEGACY.charges(t, d("2022-01-01"), d("2023-12-31"))).hasSize(2);
  }

  @Test
  void cancel_afterTheFirstMonth_creditsTheRemainingDaysOfTheCycle() {
    SubscriptionTimeline t = legacy(BillingCycle.MONTHLY, "48.00").cancel(d("2022-03-20")).build();

    // cycle 03-13..04-12 (31 days): daily rate 4/31 = 0.129, 24 days left: 3.096 -> 3.10
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2022, 4)))).containsExactly(
        "Cancel fee 2022-03-20..2022-04-12 x1 -3.10");
    assertThat(LEGACY.invoice(t, YearMonth.of(2022, 5))).isEmpty();
  }

  @Test
  void suspendAndReactivate_creditThenProrateFeeWhenActivateThenCycleFeesAgain() {
    SubscriptionTimeline t = legacy(BillingCycle.MONTHLY, "48.00")
        .suspend(d("2022-03-20")).reactivate(d("2022-04-20")).build();

    // reactivation: cycle 04-13..05-12 (30 days), daily rate 4/30 = 0.133, 23 days: 3.059 -> 3.06
    assertThat(brief(LEGACY.charges(t, d("2022-03-16"), d("2022-05-31")))).containsExactly(
        "Cancel fee 2022-03-20..2022-04-12 x1 -3.10",
        "Prorate fees when activate 2022-04-20..2022-05-12 x1 3.06",
        "Cycle fee 2022-05-13..2022-06-12 x1 4.00");
  }

  @Test
  void annualBilling_seatAdd_dailyRateIsAnnualPriceOver365() {
    SubscriptionTimeline t = legacy(BillingCycle.ANNUAL, "73.00").addSeats(d("2022-07-13"), 1).build();

    // 73/365 = 0.20 a day: 2022-01-13..07-12 = 181 days (36.20), 07-13..2023-01-12 = 184 days x2 (36.80 each);
    // the change on the anniversary 07-13 is billed on the next one, 08-13
    List<ChargeLine> lines = LEGACY.charges(t, d("2022-01-01"), d("2022-12-31"));
    assertThat(brief(lines)).containsExactly(
        "Prorate fees when purchase 2022-01-13..2023-01-12 x1 73.00",
        "Cycle instance prorate 2022-01-13..2023-01-12 x1 -73.00",
        "Cycle instance prorate 2022-01-13..2022-07-12 x1 36.20",
        "Cycle instance prorate 2022-07-13..2023-01-12 x2 73.60");
    assertThat(brief(LEGACY.charges(t, d("2023-01-13"), d("2023-01-13")))).containsExactly(
        "Cycle fee 2023-01-13..2024-01-12 x2 146.00");
  }

  @Test
  void secondChangeInTheSameCycle_refundsOnlyTheSegmentItFallsIn() {
    SubscriptionTimeline t = legacy(BillingCycle.MONTHLY, "48.00")
        .addSeats(d("2022-01-20"), 1).removeSeats(d("2022-02-01"), 1).build();

    // both changes are billed on the next monthly anniversary, 02-13, with that day's cycle fee
    List<ChargeLine> lines = LEGACY.charges(t, d("2022-01-13"), d("2022-02-13"));

    assertThat(brief(lines)).containsExactly(
        "Cycle fee 2022-01-13..2022-02-12 x1 4.00",
        "Cycle instance prorate 2022-01-13..2022-02-12 x1 -4.00",
        "Cycle instance prorate 2022-01-13..2022-01-19 x1 0.90",
        "Cycle instance prorate 2022-01-20..2022-02-12 x2 6.20",
        "Cycle instance prorate 2022-01-20..2022-02-12 x2 -6.20",
        "Cycle instance prorate 2022-01-20..2022-01-31 x2 3.10",
        "Cycle instance prorate 2022-02-01..2022-02-12 x1 1.55",
        "Cycle instance prorate 2022-02-13..2022-03-12 x1 4.00");
    // 1 seat x 7 days + 2 x 12 + 1 x 12 = 43 seat-days at 0.129, plus the next cycle
    assertThat(sum(lines)).isEqualByComparingTo("9.55");
  }

  @Test
  void invoice_billingDayOnShortMonth_isClamped() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-31").billingDay(31)
        .purchase(purchase("2022-02-28", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build()).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2022, 2)))).containsExactly(
        "Cycle fee 2022-02-28..2022-03-27 x1 4.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2022, 3)))).containsExactly(
        "Cycle fee 2022-03-28..2022-04-27 x1 4.00");
  }

  @Test
  void legacy_withoutBillingDay_isRefused() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-1")
        .purchase(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build()).build();

    assertThatThrownBy(() -> LEGACY.charges(t, d("2022-01-01"), d("2022-01-31")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("billingDay: required for legacy subscriptions");
  }
}
