package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.BusinessRefusal;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.RefusalReason;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New-commerce seat increases and decreases: wipe-and-recreate pairs and the per-batch 7-day windows. */
class SeatChangeScenariosTest {

  private static SubscriptionTimeline.Builder march5() {
    return timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00"));
  }

  @Test
  void removeSeats_withinSevenDaysOfPurchase_removeQuantityPairToCycleEnd() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-03-10"), 2).build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2022, 3));

    // 26 billing days of 31: 12/31*26 = 10.064516; x10 = 100.645 -> 100.64; x8 = 80.516 -> 80.51
    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "removeQuantity 2022-03-10..2022-04-04 x10 -100.64",
        "removeQuantity 2022-03-10..2022-04-04 x8 80.51");
    assertThat(lines.get(1).referenceId()).isEqualTo(lines.get(2).referenceId());
  }

  @Test
  void removeSeats_onTheSeventhDay_isAllowed() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-03-12"), 1).build();

    assertThat(NCE.invoice(t, YearMonth.of(2022, 3))).hasSize(3);
  }

  @Test
  void removeSeats_afterTheWindowOfThePurchasedSeats_isRefusedWithTypedError() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-03-13"), 1).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(SeatDecreaseNotAllowedException.class)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("removeQuantity: seats added on 2022-03-05 can only be removed until 2022-03-12")
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("removeQuantity"));
  }

  @Test
  void removeSeats_afterTheWindow_refusalHasTheSharedShapeWithTheWindowEnd() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-03-13"), 1).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(BusinessRefusal.class)
        .satisfies(e -> {
          BusinessRefusal r = (BusinessRefusal) e;
          assertThat(r.reason()).isEqualTo(RefusalReason.SEAT_DECREASE_NOT_ALLOWED);
          assertThat(r.operation()).isEqualTo("removeQuantity");
          assertThat(r.allowedUntil().map(u -> u.toLocalDate())).contains(LocalDate.parse("2022-03-12"));
          assertThat(((PartnerCenterException) e).isRetryable()).isFalse();
        });
  }

  @Test
  void removeSeats_eachAddedBatchHasItsOwnWindow() {
    SubscriptionTimeline ok = march5().addSeats(d("2022-03-20"), 5).removeSeats(d("2022-03-27"), 5).build();
    assertThat(brief(NCE.invoice(ok, YearMonth.of(2022, 3)))).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "addQuantity 2022-03-20..2022-04-04 x10 -61.93",
        "addQuantity 2022-03-20..2022-04-04 x15 92.90",
        "removeQuantity 2022-03-27..2022-04-04 x15 -52.25",
        "removeQuantity 2022-03-27..2022-04-04 x10 34.83");

    SubscriptionTimeline tooMany = march5().addSeats(d("2022-03-20"), 5).removeSeats(d("2022-03-25"), 6).build();
    assertThatThrownBy(() -> NCE.invoice(tooMany, YearMonth.of(2022, 3)))
        .isInstanceOf(SeatDecreaseNotAllowedException.class)
        .hasMessageContaining("seats added on 2022-03-05 can only be removed until 2022-03-12")
        .hasMessageContaining("5 still removable");

    SubscriptionTimeline late = march5().addSeats(d("2022-03-20"), 5).removeSeats(d("2022-03-28"), 3).build();
    assertThatThrownBy(() -> NCE.invoice(late, YearMonth.of(2022, 3)))
        .isInstanceOf(SeatDecreaseNotAllowedException.class)
        .hasMessageStartingWith("removeQuantity: seats added on 2022-03-20 can only be removed until 2022-03-27");
  }

  @Test
  void removeSeats_explicitDeadlineFromPartnerCenter_winsOverTheDefault() {
    SubscriptionTimeline t = march5()
        .addSeats(Instant.parse("2022-03-20T10:00:00Z"), 5, Instant.parse("2022-03-22T12:00:00Z"))
        .removeSeats(Instant.parse("2022-03-22T13:00:00Z"), 1)
        .build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(SeatDecreaseNotAllowedException.class)
        .hasMessageContaining("seats added on 2022-03-20T10:00:00Z can only be removed until 2022-03-22T12:00:00Z");
  }

  @Test
  void removeSeats_allSeats_isRefused() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-03-06"), 10).build();

    assertThatThrownBy(() -> NCE.invoice(t, YearMonth.of(2022, 3)))
        .isInstanceOf(SeatDecreaseNotAllowedException.class)
        .hasMessageContaining("at least one seat must remain");
  }

  @Test
  void removeSeats_withinSevenDaysOfRenewal_isAllowedForAllSeats() {
    SubscriptionTimeline t = march5().removeSeats(d("2022-04-08"), 4).build();

    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 4)))).containsExactly(
        "renew 2022-04-05..2022-05-04 x10 120.00",
        "removeQuantity 2022-04-08..2022-05-04 x10 -108.00",
        "removeQuantity 2022-04-08..2022-05-04 x6 64.80");
  }

  @Test
  void severalChangesOnTheSameDay_eachIsItsOwnPairFromTheEventDate() {
    SubscriptionTimeline t = march5().addSeats(d("2022-03-20"), 2).addSeats(d("2022-03-20"), 3)
        .removeSeats(d("2022-03-20"), 1).build();

    List<ChargeLine> lines = NCE.invoice(t, YearMonth.of(2022, 3));

    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "addQuantity 2022-03-20..2022-04-04 x10 -61.93",
        "addQuantity 2022-03-20..2022-04-04 x12 74.32",
        "addQuantity 2022-03-20..2022-04-04 x12 -74.32",
        "addQuantity 2022-03-20..2022-04-04 x15 92.90",
        "removeQuantity 2022-03-20..2022-04-04 x15 -92.90",
        "removeQuantity 2022-03-20..2022-04-04 x14 86.70");
    assertThat(lines.stream().map(ChargeLine::referenceId).distinct()).hasSize(4);
    assertThat(lines.get(1).referenceId()).isEqualTo(lines.get(2).referenceId());
    assertThat(lines.get(3).referenceId()).isEqualTo(lines.get(4).referenceId()).isNotEqualTo(lines.get(1).referenceId());
  }

  @Test
  void addSeats_onTheLastDayOfTheCycle_oneBillingDay() {
    SubscriptionTimeline t = march5().addSeats(d("2022-04-04"), 5).build();

    // 12/31 = 0.387096..; x10 = 3.87; x15 = 5.806 -> 5.80
    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 4)))).containsExactly(
        "addQuantity 2022-04-04..2022-04-04 x10 -3.87",
        "addQuantity 2022-04-04..2022-04-04 x15 5.80",
        "renew 2022-04-05..2022-05-04 x15 180.00");
  }

  @Test
  void addSeats_onTheFirstDayOfTheNextCycle_renewFirstThenFullCyclePair() {
    SubscriptionTimeline t = march5().addSeats(d("2022-04-05"), 5).build();

    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 4)))).containsExactly(
        "renew 2022-04-05..2022-05-04 x10 120.00",
        "addQuantity 2022-04-05..2022-05-04 x10 -120.00",
        "addQuantity 2022-04-05..2022-05-04 x15 180.00");
  }

  @Test
  void addSeats_p1yMonthly_proratesOnlyToTheEndOfTheMonthlyCycle() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 10, "144.00"))
        .addSeats(d("2022-05-20"), 5).build();

    // cycle 05-05..06-04 (31 days), 16 billing days, monthly price 12.00
    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 5)))).containsExactly(
        "cycleCharge 2022-05-05..2022-06-04 x10 120.00",
        "addQuantity 2022-05-20..2022-06-04 x10 -61.93",
        "addQuantity 2022-05-20..2022-06-04 x15 92.90");
    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 6)))).containsExactly(
        "cycleCharge 2022-06-05..2022-07-04 x15 180.00");
  }

  @Test
  void addSeats_annualCycleInLeapYear_usesThe366DayCycle() {
    SubscriptionTimeline t = timeline(purchase("2024-01-01", TermDuration.P1Y, BillingCycle.ANNUAL, 1, "366.00"))
        .addSeats(d("2024-12-31"), 1).addSeats(d("2024-03-01"), 1).build();

    // 366.00 / 366 days = 1.00 a day: 03-01..12-31 is 306 days
    assertThat(brief(NCE.charges(t, d("2024-01-01"), d("2024-12-31")))).containsExactly(
        "new 2024-01-01..2024-12-31 x1 366.00",
        "addQuantity 2024-03-01..2024-12-31 x1 -306.00",
        "addQuantity 2024-03-01..2024-12-31 x2 612.00",
        "addQuantity 2024-12-31..2024-12-31 x2 -2.00",
        "addQuantity 2024-12-31..2024-12-31 x3 3.00");
  }

  @Test
  void addSeats_upfrontP1y_proratesToTheTermEnd() {
    SubscriptionTimeline t = timeline(purchase("2021-06-18", TermDuration.P1Y, BillingCycle.ONE_TIME, 10, "120.96"))
        .addSeats(d("2021-12-18"), 1).build();

    // 2021-12-18..2022-06-17 = 182 of 365 days: 120.96*182/365 = 60.314301..
    assertThat(brief(NCE.invoice(t, YearMonth.of(2021, 12)))).containsExactly(
        "addQuantity 2021-12-18..2022-06-17 x10 -603.14",
        "addQuantity 2021-12-18..2022-06-17 x11 663.45");
  }
}
