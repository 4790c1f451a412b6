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
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Term and charge-cycle dates, including month-end and leap-day purchases. */
class TermDatesTest {

  @ParameterizedTest
  @CsvSource({
      "2021-06-18, 2021-07-17",
      "2021-01-31, 2021-02-27",
      "2021-05-31, 2021-06-29",
      "2021-06-30, 2021-07-29",
      "2021-07-31, 2021-08-30",
      "2021-01-30, 2021-02-27",
      "2024-01-31, 2024-02-28",
      "2024-01-29, 2024-02-28"})
  void p1mPurchase_onDay_newLineEndsOnPublishedTermEnd(String bought, String end) {
    SubscriptionTimeline t = timeline(purchase(bought, TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00")).build();

    ChargeLine first = NCE.charges(t, d(bought), d(bought)).get(0);

    assertThat(first.chargeType()).isEqualTo(ChargeType.NEW);
    assertThat(first.chargeEndDate()).isEqualTo(d(end));
    assertThat(TermCalendar.termEnd(d(bought), TermDuration.P1M)).isEqualTo(d(end));
    assertThat(NCE.termEndOn(t, d(bought))).isEqualTo(d(end));
  }

  @Test
  void p1yMonthly_boughtJanuary31_cyclesStartOnClampedAnniversaryAndRenewJanuary31() {
    SubscriptionTimeline t = timeline(purchase("2021-01-31", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-01-01"), d("2022-02-28"));

    assertThat(lines).extracting(l -> l.chargeStartDate() + ".." + l.chargeEndDate()).startsWith(
        "2021-01-31..2021-02-27", "2021-02-28..2021-03-30", "2021-03-31..2021-04-29", "2021-04-30..2021-05-30",
        "2021-05-31..2021-06-29");
    assertThat(lines.get(11).chargeEndDate()).isEqualTo(d("2022-01-30"));
    assertThat(lines.get(12).chargeType()).isEqualTo(ChargeType.RENEW);
    assertThat(lines.get(12).chargeStartDate()).isEqualTo(d("2022-01-31"));
    assertThat(NCE.termEndOn(t, d("2021-12-01"))).isEqualTo(d("2022-01-30"));
    assertThat(lines).allSatisfy(l -> assertThat(l.amount()).isEqualByComparingTo("10.00"));
  }

  @Test
  void p1mBoughtJanuary31_renewsDayAfterTermEnd_anchoredOnTheRenewalDate() {
    SubscriptionTimeline t = timeline(purchase("2021-01-31", TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00"))
        .build();

    assertThat(brief(NCE.charges(t, d("2021-01-01"), d("2021-04-30")))).containsExactly(
        "new 2021-01-31..2021-02-27 x1 10.00",
        "renew 2021-02-28..2021-03-27 x1 10.00",
        "renew 2021-03-28..2021-04-27 x1 10.00",
        "renew 2021-04-28..2021-05-27 x1 10.00");
  }

  @Test
  void p1mBoughtJanuary29InLeapYear_renewsOnFebruary29() {
    SubscriptionTimeline t = timeline(purchase("2024-01-29", TermDuration.P1M, BillingCycle.MONTHLY, 3, "10.00"))
        .addSeats(d("2024-02-29"), 1).build();

    // the renewed term 02-29..03-28 has 29 days; the add on its first day is a full-cycle pair
    assertThat(brief(NCE.charges(t, d("2024-02-01"), d("2024-03-31")))).containsExactly(
        "renew 2024-02-29..2024-03-28 x3 30.00",
        "addQuantity 2024-02-29..2024-03-28 x3 -30.00",
        "addQuantity 2024-02-29..2024-03-28 x4 40.00",
        "renew 2024-03-29..2024-04-28 x4 40.00");
  }

  @Test
  void p1yUpfront_boughtOnLeapDay_endsFebruary27AndRenewsFebruary28() {
    SubscriptionTimeline t = timeline(purchase("2020-02-29", TermDuration.P1Y, BillingCycle.ONE_TIME, 2, "100.00"))
        .build();

    assertThat(brief(NCE.charges(t, d("2020-01-01"), d("2022-12-31")))).containsExactly(
        "new 2020-02-29..2021-02-27 x2 200.00",
        "renew 2021-02-28..2022-02-27 x2 200.00",
        "renew 2022-02-28..2023-02-27 x2 200.00");
  }

  @Test
  void p1yMonthly_boughtOnLeapDay_cyclesOn29thThenFebruary28() {
    SubscriptionTimeline t = timeline(purchase("2024-02-29", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .build();

    List<ChargeLine> lines = NCE.charges(t, d("2024-01-01"), d("2025-03-31"));

    assertThat(lines.get(0).chargeEndDate()).isEqualTo(d("2024-03-28"));
    assertThat(lines.get(1).chargeStartDate()).isEqualTo(d("2024-03-29"));
    assertThat(lines.get(10).chargeStartDate()).isEqualTo(d("2024-12-29"));
    assertThat(lines.get(11).chargeStartDate() + ".." + lines.get(11).chargeEndDate())
        .isEqualTo("2025-01-29..2025-02-27");
    assertThat(lines.get(12).chargeType()).isEqualTo(ChargeType.RENEW);
    assertThat(lines.get(12).chargeStartDate()).isEqualTo(d("2025-02-28"));
  }

  @Test
  void p3yAnnual_threeYearlyCyclesThenRenewal() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P3Y, BillingCycle.ANNUAL, 1, "360.00"))
        .build();

    assertThat(brief(NCE.charges(t, d("2022-01-01"), d("2025-03-05")))).containsExactly(
        "new 2022-03-05..2023-03-04 x1 120.00",
        "cycleCharge 2023-03-05..2024-03-04 x1 120.00",
        "cycleCharge 2024-03-05..2025-03-04 x1 120.00",
        "renew 2025-03-05..2026-03-04 x1 120.00");
  }

  @Test
  void purchase_billingCycleNotFittingTerm_isRefusedNamingTheField() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.ANNUAL, 1, "10.00"))
        .build();

    assertThatThrownBy(() -> NCE.charges(t, d("2022-03-01"), d("2022-03-31")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("billingCycle: annual billing does not fit a P1M term");
  }
}
