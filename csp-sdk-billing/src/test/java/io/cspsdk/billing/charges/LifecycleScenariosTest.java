package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.p3y;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renewals, suspension, upgrades and billing-plan changes in new commerce. */
class LifecycleScenariosTest {

  @Test
  void renewal_withRenewalMonthPrice_chargesTheNewPriceFromThenOn() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .renewal(d("2021-07-18"), dec("11.00")).build();

    assertThat(brief(NCE.charges(t, d("2021-06-01"), d("2021-08-31")))).containsExactly(
        "new 2021-06-18..2021-07-17 x10 100.80",
        "renew 2021-07-18..2021-08-17 x10 110.00",
        "renew 2021-08-18..2021-09-17 x10 110.00");
  }

  @Test
  void renewal_p1yMonthlyAfterFebruary29Term_renewsOnMarch1WithNewPrice() {
    SubscriptionTimeline t = timeline(purchase("2023-03-01", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .renewal(d("2024-03-01"), dec("132.00")).build();

    List<ChargeLine> feb = NCE.invoice(t, YearMonth.of(2024, 2));
    List<ChargeLine> mar = NCE.invoice(t, YearMonth.of(2024, 3));

    assertThat(brief(feb)).containsExactly("cycleCharge 2024-02-01..2024-02-29 x1 10.00");
    assertThat(brief(mar)).containsExactly("renew 2024-03-01..2024-03-31 x1 11.00");
  }

  @Test
  void renewal_onADateThatIsNotARenewalDate_isRefused() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .renewal(d("2021-07-20"), dec("11.00")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2021, 6)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("renewal: 2021-07-20 is not a renewal date: the current term ends on 2021-08-17 and renews on"
            + " 2021-08-18");
  }

  @Test
  void suspension_keepsBillingButTurnsAutoRenewOff() {
    SubscriptionTimeline t = timeline(purchase("2021-01-10", TermDuration.P1Y, BillingCycle.MONTHLY, 2, "120.00"))
        .suspend(d("2021-05-03")).build();

    List<ChargeLine> lines = NCE.charges(t, d("2021-05-01"), d("2022-12-31"));

    assertThat(lines).hasSize(8);
    assertThat(lines).allSatisfy(l -> assertThat(l.amount()).isEqualByComparingTo("20.00"));
    assertThat(lines.get(7).chargeEndDate()).isEqualTo(d("2022-01-09"));
  }

  @Test
  void seatChange_whileSuspended_isRefusedUntilReactivated() {
    SubscriptionTimeline refused = timeline(purchase("2021-01-10", TermDuration.P1Y, BillingCycle.MONTHLY, 2, "120.00"))
        .suspend(d("2021-05-03")).addSeats(d("2021-05-04"), 1).build();
    SubscriptionTimeline reactivated = timeline(
        purchase("2021-01-10", TermDuration.P1Y, BillingCycle.MONTHLY, 2, "120.00"))
        .suspend(d("2021-05-03")).reactivate(d("2021-05-04")).addSeats(d("2021-05-04"), 1).build();

    assertThatThrownBy(() -> NCE.invoice(refused, YearMonth.of(2021, 5)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("addQuantity: the subscription is suspended on 2021-05-04; reactivate it first");
    assertThat(NCE.invoice(reactivated, YearMonth.of(2021, 5))).hasSize(3);
    assertThat(NCE.charges(reactivated, d("2022-01-10"), d("2022-12-31"))).as("auto-renew stays off").isEmpty();
  }

  @Test
  void autoRenewOff_thenBackOn_renewsNormally() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00"))
        .autoRenew(d("2021-06-20"), false).autoRenew(d("2021-07-01"), true).build();

    assertThat(NCE.invoice(t, YearMonth.of(2021, 7))).hasSize(1);
    SubscriptionTimeline off = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 1, "10.00"))
        .autoRenew(d("2021-06-20"), false).build();
    assertThat(NCE.invoice(off, YearMonth.of(2021, 7))).isEmpty();
  }

  @Test
  void upgrade_sameTerm_convertPairPerUnitTruncatedThenNewPrice() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00")
        .productId("CFQ7TTC0LH18").skuId("0001"))
        .upgrade(d("2022-03-20"), dec("20.00"), "CFQ7TTC0LFLZ", "0002").build();

    List<ChargeLine> lines = NCE.charges(t, d("2022-03-01"), d("2022-04-30"));

    // 16 of 31 days: 12*16/31 = 6.1935 -> 6.19; 20*16/31 = 10.3225 -> 10.32
    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "convert 2022-03-20..2022-04-04 x10 -61.90",
        "convert 2022-03-20..2022-04-04 x10 103.20",
        "renew 2022-04-05..2022-05-04 x10 200.00");
    assertThat(lines.get(1).productId()).contains("CFQ7TTC0LH18");
    assertThat(lines.get(2).productId()).contains("CFQ7TTC0LFLZ");
    assertThat(lines.get(2).skuId()).contains("0002");
    assertThat(lines.get(1).referenceId()).isEqualTo(lines.get(2).referenceId());
  }

  @Test
  void upgrade_p1mToP1yAnnual_startsANewTermOnTheUpgradeDate() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00"))
        .upgradeTerm(d("2022-03-20"), TermDuration.P1Y, BillingCycle.ANNUAL, dec("120.00")).build();

    List<ChargeLine> lines = NCE.charges(t, d("2022-03-01"), d("2023-03-31"));

    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "convert 2022-03-20..2022-04-04 x10 -61.90",
        "convert 2022-03-20..2023-03-19 x10 1200.00",
        "renew 2023-03-20..2024-03-19 x10 1200.00");
    assertThat(lines.get(2).termDuration()).isEqualTo(TermDuration.P1Y);
    assertThat(NCE.termEndOn(t, d("2022-03-10"))).isEqualTo(d("2022-03-19"));
    assertThat(NCE.termEndOn(t, d("2022-03-20"))).isEqualTo(d("2023-03-19"));
  }

  @Test
  void upgrade_toAShorterTerm_isRefused() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 10, "144.00"))
        .upgradeTerm(d("2022-03-20"), TermDuration.P1M, BillingCycle.MONTHLY, dec("12.00")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("upgrade.termDuration: a term can only go up, not from P1Y to P1M");
  }

  @Test
  void billingPlanChange_p3yMonthlyToAnnual_effectiveNextCycle() {
    SubscriptionTimeline t = p3y(BillingCycle.MONTHLY)
        .changeBillingPlan(d("2022-05-10"), BillingCycle.ANNUAL).build();

    List<ChargeLine> lines = NCE.charges(t, d("2022-03-01"), d("2025-03-31"));

    // monthly 10.00 until 06-04, then annual: the first annual cycle runs only to the next term anniversary
    // (9 whole months: 120 * 9 / 12 = 90.00), the following ones from anniversary to anniversary
    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x1 10.00",
        "cycleCharge 2022-04-05..2022-05-04 x1 10.00",
        "cycleCharge 2022-05-05..2022-06-04 x1 10.00",
        "changeBillingPlan 2022-06-05..2023-03-04 x1 90.00",
        "cycleCharge 2023-03-05..2024-03-04 x1 120.00",
        "cycleCharge 2024-03-05..2025-03-04 x1 120.00",
        "renew 2025-03-05..2026-03-04 x1 120.00");
    assertThat(lines.get(3).billingCycle()).isEqualTo(BillingCycle.ANNUAL);
  }

  @Test
  void billingPlanChange_p3yAnnualToMonthly_effectiveAtTheNextYear() {
    SubscriptionTimeline t = p3y(BillingCycle.ANNUAL)
        .changeBillingPlan(d("2022-05-10"), BillingCycle.MONTHLY).build();

    assertThat(brief(NCE.charges(t, d("2022-03-01"), d("2023-04-30")))).containsExactly(
        "new 2022-03-05..2023-03-04 x1 120.00",
        "changeBillingPlan 2023-03-05..2023-04-04 x1 10.00",
        "cycleCharge 2023-04-05..2023-05-04 x1 10.00");
  }

  @Test
  void billingPlanChange_onP1yOrToUpfront_isRefused() {
    SubscriptionTimeline p1y = timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .changeBillingPlan(d("2022-05-10"), BillingCycle.ANNUAL).build();
    SubscriptionTimeline upfront = p3y(BillingCycle.MONTHLY)
        .changeBillingPlan(d("2022-05-10"), BillingCycle.ONE_TIME).build();

    assertThatThrownBy(() -> NCE.invoice(p1y, YearMonth.of(2022, 5)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessageStartingWith("changeBillingPlan: only a P3Y term");
    assertThatThrownBy(() -> NCE.invoice(upfront, YearMonth.of(2022, 5)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessageContaining("no switch to or from upfront");
  }

  @Test
  void period_endBeforeStart_isRefusedAsValidation() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00")).build();

    assertThatThrownBy(() -> NCE.charges(t, d("2022-03-05"), d("2022-03-04")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("period:");
  }
}
