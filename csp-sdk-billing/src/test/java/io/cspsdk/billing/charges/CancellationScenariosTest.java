package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.sum;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New-commerce cancellation: full refund within 24 h, prorated within 7 days, refused afterwards. */
class CancellationScenariosTest {

  private static SubscriptionTimeline.Builder july15() {
    return timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"));
  }

  @Test
  void cancel_nextDayWithinTwentyFourHours_fullRefundNetsToZero() {
    SubscriptionTimeline t = july15().cancel(d("2021-07-16")).build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2021, 7));

    assertThat(brief(lines)).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "cancelImmediate 2021-07-15..2021-08-14 x10 -100.80");
    assertThat(lines.get(1).eventDate()).isEqualTo(d("2021-07-16"));
    assertThat(lines.get(1).description()).contains("full refund");
    assertThat(sum(lines)).isZero();
  }

  @Test
  void cancel_sameDayAfterSeatAdd_fullRefundOfEverythingCharged() {
    SubscriptionTimeline t = july15()
        .addSeats(Instant.parse("2021-07-15T10:00:00Z"), 3)
        .cancel(Instant.parse("2021-07-15T18:00:00Z"))
        .build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2021, 7));

    assertThat(lines).hasSize(4);
    ChargeLine refund = lines.get(3);
    assertThat(refund.chargeType()).isEqualTo(ChargeType.CANCEL_IMMEDIATE);
    assertThat(refund.quantity()).isEqualTo(13);
    assertThat(refund.amount()).isEqualByComparingTo("-131.04");
    assertThat(sum(lines)).isZero();
  }

  @Test
  void cancel_explicitFullRefundDeadline_prorationAfterIt() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08")
        .fullRefundUntil(Instant.parse("2021-07-15T12:00:00Z")))
        .cancel(Instant.parse("2021-07-15T13:00:00Z")).build();

    // prorated from the cancellation date: 31 of 31 days -> the whole cycle, per-unit truncation
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 7)))).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "cancelImmediate 2021-07-15..2021-08-14 x10 -100.80");
  }

  @Test
  void cancel_onTheSeventhDay_proratedRefund() {
    SubscriptionTimeline t = july15().cancel(d("2021-07-22")).build();

    // 24 of 31 days: 10.08/31*24 = 7.8038.. -> 7.80 per seat
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 7)))).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "cancelImmediate 2021-07-22..2021-08-14 x10 -78.00");
  }

  @Test
  void cancel_afterSevenDays_isRefusedWithTypedErrorAndNoLines() {
    SubscriptionTimeline t = july15().cancel(Instant.parse("2021-07-22T00:00:01Z")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2021, 7)))
        .isInstanceOf(CancellationNotAllowedException.class)
        .isInstanceOf(ChargeRuleException.class)
        .hasMessage("cancel: cancellation is only allowed until 2021-07-22 (the term started on 2021-07-15);"
            + " requested on 2021-07-22T00:00:01Z");
  }

  @Test
  void cancel_explicitCancellationAllowedUntil_winsOverTheDefault() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08")
        .cancellationAllowedUntil(Instant.parse("2021-07-19T08:30:00Z")))
        .cancel(d("2021-07-20")).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2021, 7)))
        .isInstanceOf(CancellationNotAllowedException.class)
        .hasMessageContaining("only allowed until 2021-07-19T08:30:00Z");
  }

  @Test
  void cancel_withinSevenDaysOfRenewal_refundsTheRenewedCycle() {
    SubscriptionTimeline t = july15().cancel(d("2021-08-17")).build();

    // renewed 08-15..09-14 (31 days), refund 29 days: ROUNDDOWN(10.08/31*29, 2) = 9.42
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 8)))).containsExactly(
        "renew 2021-08-15..2021-09-14 x10 100.80",
        "cancelImmediate 2021-08-17..2021-09-14 x10 -94.20");
    assertThat(NCE.invoice(t, YearMonth.of(2021, 9))).isEmpty();
  }

  @Test
  void cancel_upfrontP1yOnDayThree_proratedOverTheYear() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.ONE_TIME, 10, "120.96"))
        .cancel(d("2021-06-20")).build();

    // 363 of 365 days: 120.96*363/365 = 120.2971.. -> 120.29 per seat
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 6)))).containsExactly(
        "new 2021-06-18..2022-06-17 x10 1209.60",
        "cancelImmediate 2021-06-20..2022-06-17 x10 -1202.90");
  }

  @Test
  void eventAfterCancellation_isRefused() {
    SubscriptionTimeline t = july15().cancel(d("2021-07-17")).addSeats(d("2021-07-18"), 1).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2021, 7)))
        .isInstanceOf(ChargeRuleException.class)
        .hasMessageStartingWith("addQuantity: the subscription was cancelled on 2021-07-17");
  }
}
