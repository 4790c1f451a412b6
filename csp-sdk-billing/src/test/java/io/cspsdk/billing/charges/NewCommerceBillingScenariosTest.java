package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example of Microsoft's page "Billing scenarios for one-time and select recurring purchases in new commerce
 * experience", to the cent. Unit prices are for the whole term (a P3Y billed annually at 250 a year is 750.00).
 * Not reproduced: the P1Y-billed-monthly table for a purchase on January 30 (its first cycle ends February 26
 * while the P1M bought the same day ends February 27, and its later cycles follow no anniversary rule), and the
 * legacy-to-new-commerce migration example (a legacy subscription end of July 2 beside July 21, and a new-commerce
 * 15.42 that is 16 × 27 / 28 for 27 days of a 31-day cycle).
 */
class NewCommerceBillingScenariosTest {
  private static final String PAGE =
      "Billing scenarios for one-time and select recurring purchases in new commerce experience: ";

  @Test
  @DisplayName(PAGE + "How are one-time and recurring charges calculated?")
  void oneTimeAndRecurringCharges_newRenewCycleChargeAndUpfront() {
    SubscriptionTimeline p1m = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .build();
    SubscriptionTimeline p1yMonthly =
        timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.MONTHLY, 10, "120.96")).build();
    SubscriptionTimeline upfront =
        timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.ONE_TIME, 10, "120.96")).build();

    assertThat(brief(NCE.charges(p1m, d("2021-06-01"), d("2021-07-31")))).containsExactly(
        "new 2021-06-18..2021-07-17 x10 100.80",
        "renew 2021-07-18..2021-08-17 x10 100.80");
    assertThat(brief(NCE.charges(p1yMonthly, d("2021-07-18"), d("2021-07-18")))).containsExactly(
        "cycleCharge 2021-07-18..2021-08-17 x10 100.80");
    assertThat(brief(NCE.invoice(upfront, YearMonth.of(2021, 6)))).containsExactly(
        "new 2021-06-18..2022-06-17 x10 1209.60");
  }

  @ParameterizedTest(name = "bought {0}: ends {1}")
  @DisplayName(PAGE + "Monthly term subscription expiration dates on special cases")
  @CsvSource({
      "2021-01-31, 2021-02-27", "2021-02-28, 2021-03-27", "2021-05-31, 2021-06-29", "2021-06-30, 2021-07-29",
      "2021-07-31, 2021-08-30", "2021-01-30, 2021-02-27", "2021-02-27, 2021-03-26", "2021-05-30, 2021-06-29",
      "2021-06-29, 2021-07-28", "2021-07-30, 2021-08-29"})
  void monthlyTermOnMonthEnd_endsAsPublished(String bought, String end) {
    SubscriptionTimeline t = timeline(purchase(bought, TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00")).build();

    assertThat(brief(NCE.charges(t, d(bought), d(bought)))).containsExactly("new " + bought + ".." + end + " x1 10.00");
  }

  @Test
  @DisplayName(PAGE + "When you buy on the last day of a month (annual term, monthly billing plan)")
  void annualTermBoughtJanuary31_monthlyCyclesAsPublished() {
    SubscriptionTimeline t = timeline(purchase("2021-01-31", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-01-31"), d("2022-01-30"));

    assertThat(lines).extracting(l -> l.chargeType() + " " + l.chargeStartDate() + ".." + l.chargeEndDate())
        .containsExactly(
            "new 2021-01-31..2021-02-27", "cycleCharge 2021-02-28..2021-03-30", "cycleCharge 2021-03-31..2021-04-29",
            "cycleCharge 2021-04-30..2021-05-30", "cycleCharge 2021-05-31..2021-06-29",
            "cycleCharge 2021-06-30..2021-07-30", "cycleCharge 2021-07-31..2021-08-30",
            "cycleCharge 2021-08-31..2021-09-29", "cycleCharge 2021-09-30..2021-10-30",
            "cycleCharge 2021-10-31..2021-11-29", "cycleCharge 2021-11-30..2021-12-30",
            "cycleCharge 2021-12-31..2022-01-30");
    assertThat(NCE.termEndOn(t, d("2021-01-31"))).isEqualTo(d("2022-01-30"));
  }

  @Test
  @DisplayName(PAGE + "How are licenses (seats) added or removed?")
  void seatsAddedThenRemoved_wipeAndRecreateAt9_408() {
    SubscriptionTimeline added = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .addSeats(d("2021-06-20"), 2).build();
    SubscriptionTimeline removed = added.toBuilder().removeSeats(d("2021-06-20"), 4).build();

    List<ChargeLine> june = NCE.invoice(added, YearMonth.of(2021, 6));
    assertThat(brief(june)).containsExactly(
        "new 2021-06-18..2021-07-17 x10 100.80",
        "addQuantity 2021-06-20..2021-07-17 x10 -94.08",
        "addQuantity 2021-06-20..2021-07-17 x12 112.89");
    assertThat(june.get(2).effectiveUnitPrice()).isEqualByComparingTo("9.408");
    assertThat(brief(NCE.invoice(removed, YearMonth.of(2021, 6)).subList(3, 5))).containsExactly(
        "removeQuantity 2021-06-20..2021-07-17 x12 -112.89",
        "removeQuantity 2021-06-20..2021-07-17 x8 75.26");
  }

  @Test
  @DisplayName(PAGE + "How do I calculate the total number of seats (licenses) after multiple changes during a billing period?")
  void multipleChangesInMarch_everyPairAsPublished_thirtySeatsAtTheEnd() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12"))
        .addSeats(d("2022-03-07"), 5).addSeats(d("2022-03-10"), 10).removeSeats(d("2022-03-12"), 2)
        .removeSeats(d("2022-03-14"), 3).addSeats(d("2022-03-25"), 10).build();

    List<ChargeLine> march = NCE.invoice(t, YearMonth.of(2022, 3));

    assertThat(brief(march)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "addQuantity 2022-03-07..2022-04-04 x10 -112.25", "addQuantity 2022-03-07..2022-04-04 x15 168.38",
        "addQuantity 2022-03-10..2022-04-04 x15 -150.96", "addQuantity 2022-03-10..2022-04-04 x25 251.61",
        "removeQuantity 2022-03-12..2022-04-04 x25 -232.25", "removeQuantity 2022-03-12..2022-04-04 x23 213.67",
        "removeQuantity 2022-03-14..2022-04-04 x23 -195.87", "removeQuantity 2022-03-14..2022-04-04 x20 170.32",
        "addQuantity 2022-03-25..2022-04-04 x20 -85.16", "addQuantity 2022-03-25..2022-04-04 x30 127.74");
    for (int i = 1; i < march.size(); i += 2) {
      assertThat(march.get(i).referenceId()).isEqualTo(march.get(i + 1).referenceId());
    }
    assertThat(march.get(march.size() - 1).quantity()).isEqualTo(30);
  }

  @Test
  @DisplayName(PAGE + "How are the refunds calculated if I cancel a subscription within seven days of buying or renewing it?")
  void cancelTwoDaysAfterPurchase_cancelImmediateMinus94_20() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .cancel(d("2021-07-17")).build();

    List<ChargeLine> july = NCE.invoice(t, YearMonth.of(2021, 7));

    assertThat(brief(july)).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "cancelImmediate 2021-07-17..2021-08-14 x10 -94.20");
    assertThat(july.get(1).effectiveUnitPrice()).isEqualByComparingTo("-9.42");
  }

  private static SubscriptionTimeline.Builder businessStandard300() {
    return timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 300, "10.08")
        .productId("business-standard"));
  }

  @Test
  @DisplayName(PAGE + "Full upgrade")
  void fullUpgrade_convertPairOnTheSameSubscription() {
    SubscriptionTimeline t = businessStandard300().upgrade(d("2021-06-25"), dec("6.43"), "office-e1", null).build();

    List<ChargeLine> june = NCE.invoice(t, YearMonth.of(2021, 6));

    assertThat(brief(june)).containsExactly(
        "new 2021-06-18..2021-07-17 x300 3024.00",
        "convert 2021-06-25..2021-07-17 x300 -2316.00",
        "convert 2021-06-25..2021-07-17 x300 1476.00");
    assertThat(june).extracting(l -> l.effectiveUnitPrice().toPlainString()).containsExactly("10.08", "-7.72", "4.92");
    assertThat(june.get(2).productId()).contains("office-e1");
    assertThat(june.get(1).referenceId()).isEqualTo(june.get(2).referenceId());
  }

  @Test
  @DisplayName(PAGE + "Partial upgrade")
  void partialUpgrade_100Of300Seats_baseKeeps200_targetGets100_oneReferenceId() {
    SubscriptionTimeline t = businessStandard300()
        .upgradeSeats(d("2021-06-25"), 100, "sub-e1", dec("6.43"), "office-e1", null).build();

    List<ChargeLine> june = NCE.invoice(t, YearMonth.of(2021, 6));

    assertThat(brief(june)).containsExactly(
        "new 2021-06-18..2021-07-17 x300 3024.00",
        "convert 2021-06-25..2021-07-17 x100 -772.00",
        "convert 2021-06-25..2021-07-17 x100 492.00");
    assertThat(june).extracting(ChargeLine::subscriptionId).containsExactly("sub-1", "sub-1", "sub-e1");
    assertThat(june).extracting(l -> l.effectiveUnitPrice().toPlainString()).containsExactly("10.08", "-7.72", "4.92");
    assertThat(june.get(1).productId()).contains("business-standard");
    assertThat(june.get(2).productId()).contains("office-e1");
    assertThat(june.get(1).referenceId()).isEqualTo(june.get(2).referenceId()).isNotEqualTo(june.get(0).referenceId());
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 7)))).as("the base renews with its other seats")
        .containsExactly("renew 2021-07-18..2021-08-17 x200 2016.00");
  }

  @Test
  @DisplayName(PAGE + "Partial upgrade (into an existing subscription: moveQuantity)")
  void moveQuantity_intoAnExistingSubscription_movePairSharesOneReferenceId() {
    SubscriptionTimeline t = businessStandard300()
        .moveQuantity(d("2021-06-25"), 100, "sub-e1", dec("6.43"), "office-e1", null).build();

    List<ChargeLine> june = NCE.invoice(t, YearMonth.of(2021, 6));

    assertThat(brief(june)).containsExactly(
        "new 2021-06-18..2021-07-17 x300 3024.00",
        "moveQuantity 2021-06-25..2021-07-17 x100 -772.00",
        "moveQuantity 2021-06-25..2021-07-17 x100 492.00");
    assertThat(june.get(2).subscriptionId()).isEqualTo("sub-e1");
    assertThat(june.get(1).referenceId()).isEqualTo(june.get(2).referenceId());
  }

  @Test
  @DisplayName(PAGE + "How do I reconcile after I convert a trial version to a paid subscription?")
  void trialConvertedTheSameDay_zeroRefundThenPaidCycle1315_25() {
    SubscriptionTimeline t = timeline(purchase("2021-06-25", TermDuration.P1M, BillingCycle.MONTHLY, 25, "0"))
        .convertTrial(d("2021-06-25"), dec("52.61")).build();

    List<ChargeLine> june = NCE.invoice(t, YearMonth.of(2021, 6));

    assertThat(brief(june)).containsExactly(
        "new 2021-06-25..2021-07-24 x25 0.00",
        "convert 2021-06-25..2021-07-24 x25 0.00",
        "convert 2021-06-25..2021-07-24 x25 1315.25");
    assertThat(june.get(2).effectiveUnitPrice()).isEqualByComparingTo("52.61");
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 7)))).containsExactly("renew 2021-07-25..2021-08-24 x25 1315.25");
  }

  @Test
  @DisplayName(PAGE + "How do I reconcile transactions after changing billing plans? (Annual to monthly)")
  void billingPlanAnnualToMonthly_p3y_monthlyAt20FromTheSecondYear() {
    SubscriptionTimeline t = timeline(purchase("2021-09-20", TermDuration.P3Y, BillingCycle.ANNUAL, 10, "750"))
        .changeBillingPlan(d("2022-09-19"), BillingCycle.MONTHLY, dec("720")).build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-09-01"), d("2022-10-19"));

    assertThat(brief(lines)).containsExactly(
        "new 2021-09-20..2022-09-19 x10 2500.00",
        "changeBillingPlan 2022-09-20..2022-10-19 x10 200.00");
    assertThat(lines).extracting(l -> l.effectiveUnitPrice().toPlainString()).containsExactly("250.00", "20.00");
    assertThat(lines.get(1).billingCycle()).isEqualTo(BillingCycle.MONTHLY);
    assertThat(lines.get(1).unitPrice()).isEqualByComparingTo("720");
  }

  @Test
  @DisplayName(PAGE + "How do I reconcile transactions after changing billing plans? (Monthly to annual)")
  void billingPlanMonthlyToAnnual_p3y_elevenWholeMonthsTo229_16() {
    SubscriptionTimeline t = timeline(purchase("2021-09-20", TermDuration.P3Y, BillingCycle.MONTHLY, 10, "720"))
        .changeBillingPlan(d("2021-10-01"), BillingCycle.ANNUAL, dec("750")).build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-09-01"), d("2022-09-20"));

    // 250 x 11 / 12 = 229.1666 -> ROUNDDOWN 229.16 a seat, to the next term anniversary; then whole years
    assertThat(brief(lines)).containsExactly(
        "new 2021-09-20..2021-10-19 x10 200.00",
        "changeBillingPlan 2021-10-20..2022-09-19 x10 2291.60",
        "cycleCharge 2022-09-20..2023-09-19 x10 2500.00");
    assertThat(lines.get(1).effectiveUnitPrice()).isEqualByComparingTo(new BigDecimal("229.16"));
    assertThat(lines.get(1).billingCycle()).isEqualTo(BillingCycle.ANNUAL);
  }
}
