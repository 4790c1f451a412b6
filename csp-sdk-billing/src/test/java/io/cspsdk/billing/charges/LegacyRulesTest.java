package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.YearMonth;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Legacy renewals, expiry and the events the legacy rules refuse. */
class LegacyRulesTest {

  private static SubscriptionTimeline.Builder legacy(Purchase.Builder purchase) {
    return SubscriptionTimeline.builder().subscriptionId("legacy-1").billingDay(15).purchase(purchase.build());
  }

  private static SubscriptionTimeline.Builder monthly() {
    return legacy(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00"));
  }

  /** What running the timeline over its first two years throws. */
  private static AbstractThrowableAssert<?, ? extends Throwable> refusal(SubscriptionTimeline t) {
    return assertThatThrownBy(() -> LEGACY.charges(t, d("2022-01-01"), d("2023-12-31")));
  }

  @Test
  void renewal_withNewPrice_cycleFeesOfTheRenewedTermUseIt() {
    SubscriptionTimeline t = monthly().renewal(d("2023-01-13"), dec("60.00")).build();

    assertThat(brief(LEGACY.charges(t, d("2022-12-13"), d("2023-02-13")))).containsExactly(
        "Cycle fee 2022-12-13..2023-01-12 x1 4.00",
        "Cycle fee 2023-01-13..2023-02-12 x1 5.00",
        "Cycle fee 2023-02-13..2023-03-12 x1 5.00");
    assertThat(LEGACY.termEndOn(t, d("2022-06-01"))).isEqualTo(d("2023-01-12"));
    assertThat(LEGACY.termEndOn(t, d("2023-06-01"))).isEqualTo(d("2024-01-12"));
  }

  @Test
  void autoRenewOff_expiresAtTermEnd_laterEventsAreRefused() {
    SubscriptionTimeline t = monthly().autoRenew(d("2022-06-01"), false).build();
    SubscriptionTimeline later = monthly().autoRenew(d("2022-06-01"), false).addSeats(d("2023-02-01"), 1).build();

    assertThat(brief(LEGACY.charges(t, d("2022-12-01"), d("2023-12-31")))).containsExactly(
        "Cycle fee 2022-12-13..2023-01-12 x1 4.00");
    refusal(later)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("addQuantity: the subscription expired on 2023-01-12; no later event is allowed (got one on"
            + " 2023-02-01)");
  }

  @Test
  void renewal_whenAutoRenewIsOff_isRefusedLikeInNewCommerce() {
    SubscriptionTimeline t = monthly().autoRenew(d("2022-06-01"), false).renewal(d("2023-01-13"), dec("60.00")).build();

    refusal(t)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("renewal: auto-renew is off (turned off), so the term ending on 2023-01-12 does not renew on"
            + " 2023-01-13");
  }

  @Test
  void suspendTwiceOrReactivateWhileActive_changesNothing() {
    SubscriptionTimeline t = monthly().reactivate(d("2022-02-20"))
        .suspend(d("2022-03-20")).suspend(d("2022-03-25")).build();

    assertThat(brief(LEGACY.charges(t, d("2022-02-13"), d("2022-05-31")))).containsExactly(
        "Cycle fee 2022-02-13..2022-03-12 x1 4.00",
        "Cycle fee 2022-03-13..2022-04-12 x1 4.00",
        "Cancel fee 2022-03-20..2022-04-12 x1 -3.10");
  }

  @Test
  void seatChange_whileSuspended_isRefused() {
    SubscriptionTimeline t = monthly().suspend(d("2022-03-20")).addSeats(d("2022-03-25"), 1).build();

    refusal(t)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("addQuantity: the subscription is suspended on 2022-03-25");
  }

  @Test
  void removeSeats_allSeats_isRefused() {
    SubscriptionTimeline t = monthly().removeSeats(d("2022-02-01"), 1).build();

    refusal(t)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("removeQuantity: cannot remove 1 of 1 seats: at least one must remain (cancel instead)");
  }

  @Test
  void eventAfterCancellation_isRefused() {
    SubscriptionTimeline t = monthly().cancel(d("2022-03-20")).addSeats(d("2022-03-21"), 1).build();

    refusal(t)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessageStartingWith("addQuantity: the subscription was cancelled on 2022-03-20");
  }

  @Test
  void renewal_onADateThatIsNotARenewalDate_isRefused() {
    SubscriptionTimeline t = monthly().renewal(d("2022-06-01"), dec("60.00")).build();

    refusal(t)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("renewal: 2022-06-01 is not a renewal date: the current term ends on 2023-01-12 and renews on"
            + " 2023-01-13");
  }

  @Test
  void upgradeOrBillingPlanChange_isNotSupported() {
    SubscriptionTimeline upgrade = monthly().upgrade(d("2022-02-01"), dec("96.00"), "p", "s").build();
    SubscriptionTimeline plan = monthly().changeBillingPlan(d("2022-02-01"), BillingCycle.ANNUAL).build();

    refusal(upgrade)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("upgrade: not supported for legacy subscriptions");
    refusal(plan)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("changeBillingPlan: not supported for legacy subscriptions");
  }

  @Test
  void purchase_customTermEndOrUpfront_isRefused() {
    SubscriptionTimeline custom = legacy(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00")
        .customTermEndDate(d("2022-12-31"))).build();
    SubscriptionTimeline upfront = legacy(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.ONE_TIME, 1, "48.00"))
        .build();

    refusal(custom)
        .isInstanceOf(ValidationException.class)
        .hasMessage("purchase.customTermEndDate: not supported for legacy subscriptions");
    refusal(upfront)
        .isInstanceOf(ValidationException.class)
        .hasMessage("purchase.billingCycle: legacy subscriptions are billed monthly or annually, was one_time");
  }

  @Test
  void invoice_withoutBillingDay_isRefused() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-1")
        .purchase(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build()).build();

    assertThatThrownBy(() -> LEGACY.invoice(t, YearMonth.of(2022, 2)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("billingDay: required for legacy subscriptions");
  }
}
