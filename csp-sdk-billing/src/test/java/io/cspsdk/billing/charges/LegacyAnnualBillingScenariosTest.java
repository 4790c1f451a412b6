package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every example of Microsoft's page "Common legacy annual billing scenarios", to the cent. Most examples: billing
 * date the 15th, one licence at $4 a month (48.00 a year) bought on 2018-01-13, daily rate 48 / 365 = 0.13. Not
 * reproduced: "Renew with annual billing, convert to monthly billing", whose amounts are not the product of their
 * unit prices and quantities; the multiyear example's second-year charge dates (a month before the first year's
 * end) are not modelled.
 */
class LegacyAnnualBillingScenariosTest {
  private static final String PAGE = "Common legacy annual billing scenarios: ";

  private static SubscriptionTimeline.Builder bought() {
    return SubscriptionTimeline.builder().subscriptionId("legacy-annual").billingDay(15)
        .purchase(purchase("2018-01-13", TermDuration.P1Y, BillingCycle.ANNUAL, 1, "48.00").build());
  }

  @Test
  @DisplayName(PAGE + "New annual subscription")
  void newAnnualSubscription_prorateFeesWhenPurchase48() {
    SubscriptionTimeline t = bought().build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Prorate fees when purchase 2018-01-13..2019-01-12 x1 48.00");
    assertThat(LEGACY.charges(t, d("2018-01-16"), d("2019-01-12"))).as("nothing until the renewal").isEmpty();
  }

  @Test
  @DisplayName(PAGE + "Add license after subscription anniversary date but before billing date")
  void addLicenseAfterAnniversaryBeforeBillingDate_billedOnTheNextAnniversary() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-annual").billingDay(14)
        .purchase(purchase("2017-02-11", TermDuration.P1Y, BillingCycle.ANNUAL, 1, "211.20").build())
        .addSeats(d("2017-02-12"), 1)
        .build();
    ChargeEngine exact = ChargeEngine.legacyExactDailyRate();

    assertThat(brief(exact.invoice(t, YearMonth.of(2017, 2)))).containsExactly(
        "Prorate fees when purchase 2017-02-11..2018-02-10 x1 211.20");
    List<ChargeLine> march = exact.invoice(t, YearMonth.of(2017, 3));
    assertThat(brief(march)).containsExactly(
        "Cycle instance prorate 2017-02-11..2018-02-10 x1 -211.20",
        "Cycle instance prorate 2017-02-11..2017-02-11 x1 0.58",
        "Cycle instance prorate 2017-02-12..2017-03-10 x2 31.25",
        "Cycle instance prorate 2017-03-11..2018-02-10 x2 390.00");
    assertThat(march).extracting(l -> l.effectiveUnitPrice().setScale(2, RoundingMode.HALF_UP))
        .containsExactly(dec("-211.20"), dec("0.58"), dec("15.62"), dec("195.00"));
    assertThat(march).extracting(ChargeLine::eventDate).containsOnly(d("2017-03-11"));
    assertThat(march).extracting(ChargeLine::referenceId).containsOnly(march.get(0).referenceId());
    assertThat(brief(exact.charges(t, d("2018-02-11"), d("2018-02-11")))).containsExactly(
        "Cycle fee 2018-02-11..2019-02-10 x2 422.40");
  }

  @Test
  @DisplayName(PAGE + "Change license quantity")
  void changeLicenseQuantity_dailyRate0_13_over19And346Days() {
    SubscriptionTimeline t = bought().addSeats(d("2018-02-01"), 1).build();

    List<ChargeLine> feb = LEGACY.invoice(t, YearMonth.of(2018, 2));

    assertThat(brief(feb)).containsExactly(
        "Cycle instance prorate 2018-01-13..2019-01-12 x1 -48.00",
        "Cycle instance prorate 2018-01-13..2018-01-31 x1 2.47",
        "Cycle instance prorate 2018-02-01..2019-01-12 x2 89.96");
    assertThat(feb).extracting(ChargeLine::effectiveUnitPrice).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("-48.00"), dec("2.47"), dec("44.98"));
  }

  @Test
  @DisplayName(PAGE + "Suspend before 30 days")
  void suspendBefore30Days_cancelFeeOfTheWholeYear() {
    SubscriptionTimeline t = bought().suspend(d("2018-02-01")).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 2)))).containsExactly(
        "Cancel fee 2018-01-13..2019-01-12 x1 -48.00");
  }

  @Test
  @DisplayName(PAGE + "Suspend after 30 days")
  void suspendAfter30Days_318DaysAt0_13() {
    SubscriptionTimeline t = bought().suspend(d("2018-03-01")).build();

    assertThat(LEGACY.invoice(t, YearMonth.of(2018, 2))).isEmpty();
    // 318 x 0.13 = 41.34 (the exact 48 x 318 / 365 would give 41.82)
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 3)))).containsExactly(
        "Cancel fee 2018-03-01..2019-01-12 x1 -41.34");
  }

  @Test
  @DisplayName(PAGE + "Suspend and reactivate")
  void suspendAndReactivate_cancelFeeThenProrateFeesWhenPurchase41_34() {
    SubscriptionTimeline t = bought().suspend(d("2018-02-01")).reactivate(d("2018-03-01")).build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 1)))).containsExactly(
        "Prorate fees when purchase 2018-01-13..2019-01-12 x1 48.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 2)))).containsExactly(
        "Cancel fee 2018-01-13..2019-01-12 x1 -48.00");
    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2018, 3)))).containsExactly(
        "Prorate fees when purchase 2018-03-01..2019-01-12 x1 41.34");
  }
}
