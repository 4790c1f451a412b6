package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom term end dates and coterminous add-ons: a shortened, prorated first term. */
class CustomTermScenariosTest {

  @Test
  void customEndAtCalendarMonthEnd_monthlyCyclesAlignToTheFirstAndFirstIsProrated() {
    SubscriptionTimeline t = timeline(purchase("2022-03-15", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00")
        .customTermEndDate(d("2022-12-31"))).build();

    List<ChargeLine> lines = NCE.charges(t, d("2022-03-01"), d("2023-01-31"));

    // 03-15..03-31 is 17 of March's 31 days: 10*17/31 = 5.4838 -> 5.48
    assertThat(brief(lines)).startsWith(
        "new 2022-03-15..2022-03-31 x1 5.48",
        "cycleCharge 2022-04-01..2022-04-30 x1 10.00");
    assertThat(brief(lines)).endsWith(
        "cycleCharge 2022-12-01..2022-12-31 x1 10.00",
        "renew 2023-01-01..2023-01-31 x1 10.00");
    assertThat(lines).hasSize(11);
    assertThat(NCE.termEndOn(t, d("2023-06-01"))).isEqualTo(d("2023-12-31"));
  }

  @Test
  void customEnd_upfront_proratedOverTheNominalTermEndingThere() {
    SubscriptionTimeline t = timeline(purchase("2022-03-15", TermDuration.P1Y, BillingCycle.ONE_TIME, 2, "365.00")
        .customTermEndDate(d("2022-12-31"))).build();

    // nominal term 2022-01-01..2022-12-31 (365 days), charged 03-15..12-31 = 292 days at 1.00 a day
    assertThat(brief(NCE.charges(t, d("2022-03-01"), d("2023-01-01")))).containsExactly(
        "new 2022-03-15..2022-12-31 x2 584.00",
        "renew 2023-01-01..2023-12-31 x2 730.00");
  }

  @Test
  void customEnd_afterTheNaturalTermEnd_isRefused() {
    SubscriptionTimeline t = timeline(purchase("2022-03-15", TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00")
        .customTermEndDate(d("2022-04-30"))).build();

    assertThatThrownBy(() -> NCE.charges(t, d("2022-03-01"), d("2022-03-31")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("purchase.customTermEndDate: must not be after the natural term end 2022-04-14, was 2022-04-30");
  }

  @Test
  void coterminousAddOn_endsAndRenewsWithItsBase() {
    SubscriptionTimeline base = timeline(purchase("2022-01-10", TermDuration.P1Y, BillingCycle.MONTHLY, 5, "240.00"))
        .subscriptionId("base").build();
    Purchase addOn = NCE.coterminousWith(base,
        purchase("2022-05-20", TermDuration.P1Y, BillingCycle.MONTHLY, 5, "62.00").build());
    SubscriptionTimeline addOnTimeline = SubscriptionTimeline.builder().subscriptionId("addon").purchase(addOn).build();

    List<ChargeLine> lines = NCE.charges(addOnTimeline, d("2022-05-01"), d("2023-01-31"));

    assertThat(addOn.customTermEndDate()).contains(d("2023-01-09"));
    // first cycle 05-20..06-09 of the nominal 05-10..06-09 (31 days): 62/12*21/31 = 3.5000 per seat
    assertThat(brief(lines)).startsWith(
        "new 2022-05-20..2022-06-09 x5 17.50",
        "cycleCharge 2022-06-10..2022-07-09 x5 25.80");
    assertThat(brief(lines)).contains("renew 2023-01-10..2023-02-09 x5 25.80");
    assertThat(NCE.termEndOn(addOnTimeline, d("2023-03-01"))).isEqualTo(NCE.termEndOn(base, d("2023-03-01")))
        .isEqualTo(d("2024-01-09"));
  }

  @Test
  void seatAdd_inTheProratedFirstCycle_usesTheNominalCycleDays() {
    SubscriptionTimeline t = timeline(purchase("2022-03-15", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "372.00")
        .customTermEndDate(d("2022-12-31")))
        .addSeats(d("2022-03-22"), 1).build();

    // monthly 31.00 over March's 31 days = 1.00 a day; 03-22..03-31 = 10 days
    assertThat(brief(NCE.charges(t, d("2022-03-01"), d("2022-03-31")))).containsExactly(
        "new 2022-03-15..2022-03-31 x1 17.00",
        "addQuantity 2022-03-22..2022-03-31 x1 -10.00",
        "addQuantity 2022-03-22..2022-03-31 x2 20.00");
  }
}
