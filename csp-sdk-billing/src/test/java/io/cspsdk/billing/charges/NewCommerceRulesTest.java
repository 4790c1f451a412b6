package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.p3y;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.sum;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** New-commerce branches around renewals, plan changes and upgrades not covered by the scenario tests. */
class NewCommerceRulesTest {

  @Test
  void renewal_whenAutoRenewIsOff_isRefused() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .autoRenew(d("2021-06-20"), false).renewal(d("2021-07-18"), dec("11.00")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2021, 6)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("renewal: auto-renew is off (turned off or suspended), so the term ending on 2021-07-17 does not"
            + " renew on 2021-07-18");
  }

  @Test
  void renewal_explicitCancellationDeadline_winsOverTheDefault() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .addEvents(new TimelineEvent.Renewed(d("2021-08-15"), dec("10.08"),
            Optional.of(Instant.parse("2021-08-30T00:00:00Z"))))
        .cancel(d("2021-08-25")).build();

    // 21 of 31 days: ROUNDDOWN(10.08/31*21, 2) = 6.82
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 8)))).containsExactly(
        "renew 2021-08-15..2021-09-14 x10 100.80",
        "cancelImmediate 2021-08-25..2021-09-14 x10 -68.20");
  }

  @Test
  void billingPlanChange_inTheLastCycleOfTheTerm_takesEffectAtRenewal() {
    SubscriptionTimeline t = p3y(BillingCycle.ANNUAL)
        .changeBillingPlan(d("2024-04-01"), BillingCycle.MONTHLY).build();

    List<ChargeLine> lines = NCE.charges(t, d("2024-03-01"), d("2025-04-30"));

    assertThat(brief(lines)).containsExactly(
        "cycleCharge 2024-03-05..2025-03-04 x1 120.00",
        "renew 2025-03-05..2025-04-04 x1 10.00",
        "cycleCharge 2025-04-05..2025-05-04 x1 10.00");
    assertThat(lines.get(1).billingCycle()).isEqualTo(BillingCycle.MONTHLY);
  }

  @Test
  void billingPlanChange_backToTheCurrentPlanInTheSameCycle_cancelsThePendingChange() {
    SubscriptionTimeline t = p3y(BillingCycle.MONTHLY)
        .changeBillingPlan(d("2022-03-10"), BillingCycle.ANNUAL)
        .changeBillingPlan(d("2022-03-20"), BillingCycle.MONTHLY).build();

    assertThat(brief(NCE.charges(t, d("2022-03-01"), d("2022-04-30")))).containsExactly(
        "new 2022-03-05..2022-04-04 x1 10.00",
        "cycleCharge 2022-04-05..2022-05-04 x1 10.00");
  }

  @Test
  void upgrade_sameTermWithOtherBillingFrequency_isRefused() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "120.00"))
        .upgradeTerm(d("2022-03-20"), TermDuration.P1Y, BillingCycle.ANNUAL, dec("150.00")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("upgrade.billingCycle: the billing frequency changes with a longer term only; use a billing-plan"
            + " change");
  }

  @Test
  void cancel_withinTwentyFourHoursOfAnUpgrade_refundsEverythingCharged() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .upgrade(d("2021-07-15"), dec("20.00"), "p2", "s2")
        .cancel(Instant.parse("2021-07-15T12:00:00Z")).build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2021, 7));

    assertThat(brief(lines)).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "convert 2021-07-15..2021-08-14 x10 -100.80",
        "convert 2021-07-15..2021-08-14 x10 200.00",
        "cancelImmediate 2021-07-15..2021-08-14 x10 -200.00");
    assertThat(sum(lines)).isZero();
  }
}
