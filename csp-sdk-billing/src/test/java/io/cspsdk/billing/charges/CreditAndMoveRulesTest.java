package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.LEGACY;
import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
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

/** customerCredit lines, and the limits of partial upgrades and quantity moves. */
class CreditAndMoveRulesTest {

  private static SubscriptionTimeline.Builder tenSeats() {
    return timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00"));
  }

  @Test
  void customerCredit_isOneNegativeLineWithItsReasonCode() {
    SubscriptionTimeline t = tenSeats().customerCredit(d("2022-03-20"), dec("15.50"), "ServiceCredit").build();

    List<ChargeLine> march = NCE.invoice(t, YearMonth.of(2022, 3));

    assertThat(brief(march)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "customerCredit 2022-03-20..2022-03-20 x1 -15.50");
    assertThat(march.get(1).description()).contains("ServiceCredit");
    assertThat(march.get(1).effectiveUnitPrice()).isEqualByComparingTo("-15.50");
    assertThat(march.get(1).referenceId()).isNotEqualTo(march.get(0).referenceId());
  }

  @Test
  void customerCredit_onALegacySubscription_landsOnTheInvoiceOfItsDate() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-1").billingDay(15)
        .purchase(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 1, "48.00").build())
        .customerCredit(d("2022-01-20"), dec("1.00"), "Goodwill").build();

    assertThat(brief(LEGACY.invoice(t, YearMonth.of(2022, 2)))).containsExactly(
        "customerCredit 2022-01-20..2022-01-20 x1 -1.00",
        "Cycle fee 2022-02-13..2022-03-12 x1 4.00");
  }

  @Test
  void customerCredit_notPositive_isRefusedNamingTheField() {
    assertThatThrownBy(() -> tenSeats().customerCredit(d("2022-03-20"), dec("0"), "x").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("events[0].amount: must be positive (the credit), was 0");
  }

  @Test
  void upgradeSeats_allSeats_isRefusedInFavourOfAFullUpgrade() {
    SubscriptionTimeline t = tenSeats().upgradeSeats(d("2022-03-07"), 10, "sub-2", dec("20.00"), "p2", null).build();

    assertThatThrownBy(() -> NCE.charges(t, d("2022-03-01"), d("2022-03-31")))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("convert: cannot move 10 of 10 seats: at least one must remain (upgrade the whole subscription"
            + " instead)");
  }

  @Test
  void moveQuantity_blankTarget_isRefusedNamingTheField() {
    assertThatThrownBy(() -> tenSeats().moveQuantity(d("2022-03-07"), 2, " ", dec("20.00"), null, null).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("events[0].targetSubscriptionId: must not be blank");
  }

  @Test
  void moveQuantity_afterTheSevenDayWindow_isAllowedAndLaterChangesStartFromTheRemainingSeats() {
    SubscriptionTimeline t = tenSeats().moveQuantity(d("2022-03-20"), 4, "sub-2", dec("20.00"), null, null)
        .addSeats(d("2022-03-25"), 1).build();

    List<ChargeLine> march = NCE.invoice(t, YearMonth.of(2022, 3));

    // 16 of 31 days: 12.00 -> 6.19 a seat (x4 = -24.76); 20.00 -> 10.32 a seat (x4 = 41.28)
    assertThat(brief(march)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "moveQuantity 2022-03-20..2022-04-04 x4 -24.76",
        "moveQuantity 2022-03-20..2022-04-04 x4 41.28",
        "addQuantity 2022-03-25..2022-04-04 x6 -25.54",
        "addQuantity 2022-03-25..2022-04-04 x7 29.80");
  }

  @Test
  void upgradeSeats_onALegacySubscription_isRefused() {
    SubscriptionTimeline t = SubscriptionTimeline.builder().subscriptionId("legacy-1").billingDay(15)
        .purchase(purchase("2022-01-13", TermDuration.P1Y, BillingCycle.MONTHLY, 2, "48.00").build())
        .upgradeSeats(d("2022-01-20"), 1, "sub-2", dec("60.00"), null, null).build();

    assertThatThrownBy(() -> LEGACY.charges(t, d("2022-01-01"), d("2022-02-28")))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("convert: not supported for legacy subscriptions");
  }
}
