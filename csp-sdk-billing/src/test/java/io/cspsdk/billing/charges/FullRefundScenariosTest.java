package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.sum;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * New-commerce full refunds under non-default rounding presets: the refund reverses exactly what the cycle charged,
 * so the cycle nets to exactly 0.00 whichever rounding each charge type uses.
 */
class FullRefundScenariosTest {
  private static final BigDecimal ZERO = new BigDecimal("0.00");
  private static final Rounding[] ALL = {
      Rounding.PER_UNIT_TRUNCATION, Rounding.LINE_TRUNCATION, Rounding.HALF_UP, Rounding.PER_UNIT_HALF_UP};

  /** Cycle charges half-up on the line, seat changes line-truncated, cancellations truncated per unit. */
  private static final ChargeEngine MIXED = ChargeEngine.newCommerce(presets(
      Rounding.HALF_UP, Rounding.LINE_TRUNCATION, Rounding.PER_UNIT_TRUNCATION));

  private static RoundingPresets presets(Rounding cycle, Rounding seatChange, Rounding cancel) {
    return RoundingPresets.all(cycle)
        .with(ChargeType.ADD_QUANTITY, seatChange)
        .with(ChargeType.REMOVE_QUANTITY, seatChange)
        .with(ChargeType.CANCEL_IMMEDIATE, cancel);
  }

  /** 7 seats of a P1Y billed monthly at 100.00 (8.3333.. a seat a month), bought 2022-03-05 at noon UTC. */
  private static SubscriptionTimeline.Builder p1yMonthly() {
    return timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 7, "100.00")
        .purchasedAt(Instant.parse("2022-03-05T12:00:00Z")));
  }

  private static List<ChargeLine> march(ChargeEngine engine, SubscriptionTimeline t) {
    return engine.charges(t, d("2022-03-01"), d("2022-04-30"));
  }

  @Test
  void cancel_withinTwentyFourHoursHalfUpCycleTruncatedCancel_refundsTheChargedAmountNotARepricedOne() {
    SubscriptionTimeline t = p1yMonthly().cancel(Instant.parse("2022-03-06T11:00:00Z")).build();

    List<ChargeLine> lines = march(MIXED, t);

    // charged: ROUND(8.3333.. x 7, 2) = 58.33; re-priced per unit it would be 8.33 x 7 = 58.31 (net 0.02)
    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x7 58.33",
        "cancelImmediate 2022-03-05..2022-04-04 x7 -58.33");
    ChargeLine refund = lines.get(1);
    assertThat(refund.effectiveUnitPrice()).isEqualByComparingTo(lines.get(0).effectiveUnitPrice().negate());
    assertThat(refund.eventDate()).isEqualTo(d("2022-03-06"));
    assertThat(refund.description()).contains("full refund");
    assertThat(sum(lines)).isEqualTo(ZERO);
  }

  @Test
  void cancel_withinTwentyFourHoursAfterSeatChanges_oneRefundLineNetsTheCycleToZero() {
    SubscriptionTimeline t = p1yMonthly()
        .addSeats(Instant.parse("2022-03-06T01:00:00Z"), 3)
        .removeSeats(Instant.parse("2022-03-06T05:00:00Z"), 2)
        .cancel(Instant.parse("2022-03-06T11:00:00Z"))
        .build();

    List<ChargeLine> lines = march(MIXED, t);

    // 03-06..04-04 is 30 of 31 days: 100 x 30 / (12 x 31) = 8.064516.. a seat, line-truncated
    assertThat(brief(lines)).containsExactly(
        "new 2022-03-05..2022-04-04 x7 58.33",
        "addQuantity 2022-03-06..2022-04-04 x7 -56.45",
        "addQuantity 2022-03-06..2022-04-04 x10 80.64",
        "removeQuantity 2022-03-06..2022-04-04 x10 -80.64",
        "removeQuantity 2022-03-06..2022-04-04 x8 64.51",
        "cancelImmediate 2022-03-05..2022-04-04 x8 -66.39");
    assertThat(lines.get(5).effectiveUnitPrice()).isEqualByComparingTo("-8.298750");
    assertThat(sum(lines)).isEqualTo(ZERO);
  }

  @Test
  void cancel_withinTwentyFourHoursOfRenewal_refundsTheRenewalChargeExactly() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P3Y, BillingCycle.ANNUAL, 3, "1000.00"))
        .cancel(Instant.parse("2025-03-05T20:00:00Z"))
        .build();
    ChargeEngine engine = ChargeEngine.newCommerce(presets(
        Rounding.HALF_UP, Rounding.LINE_TRUNCATION, Rounding.PER_UNIT_TRUNCATION));

    List<ChargeLine> lines = engine.charges(t, d("2025-03-01"), d("2025-03-31"));

    // 333.3333.. a seat a year: ROUND(x 3, 2) = 1000.00 charged; 333.33 x 3 = 999.99 if re-priced
    assertThat(brief(lines)).containsExactly(
        "renew 2025-03-05..2026-03-04 x3 1000.00",
        "cancelImmediate 2025-03-05..2026-03-04 x3 -1000.00");
    assertThat(sum(lines)).isEqualTo(ZERO);
  }

  @Test
  void cancel_afterTwentyFourHoursWithNonDefaultPresets_staysAProratedRefundAtTheCancellationRounding() {
    SubscriptionTimeline t = timeline(purchase("2021-07-15", TermDuration.P1M, BillingCycle.MONTHLY, 10, "10.08"))
        .cancel(d("2021-07-17")).build();
    ChargeEngine engine = ChargeEngine.newCommerce(presets(
        Rounding.HALF_UP, Rounding.LINE_TRUNCATION, Rounding.PER_UNIT_TRUNCATION));

    // Microsoft's published example: ROUNDDOWN(10.08 / 31 x 29, 2) = 9.42 a seat
    assertThat(brief(engine.charges(t, d("2021-07-01"), d("2021-07-31")))).containsExactly(
        "new 2021-07-15..2021-08-14 x10 100.80",
        "cancelImmediate 2021-07-17..2021-08-14 x10 -94.20");
  }

  static Stream<Arguments> presetCombinations() {
    List<Arguments> all = new ArrayList<>();
    for (Rounding cycle : ALL) {
      for (Rounding seatChange : ALL) {
        for (Rounding cancel : ALL) {
          all.add(Arguments.of(cycle, seatChange, cancel));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "cycle {0}, seat changes {1}, cancel {2}")
  @MethodSource("presetCombinations")
  void cancel_withinTwentyFourHoursUnderAnyPresets_netsTheCycleToExactlyZero(Rounding cycle, Rounding seatChange,
      Rounding cancel) {
    ChargeEngine engine = ChargeEngine.newCommerce(presets(cycle, seatChange, cancel));
    List<SubscriptionTimeline> timelines = List.of(
        p1yMonthly().cancel(Instant.parse("2022-03-06T11:00:00Z")).build(),
        p1yMonthly().addSeats(Instant.parse("2022-03-06T01:00:00Z"), 3)
            .removeSeats(Instant.parse("2022-03-06T05:00:00Z"), 2)
            .cancel(Instant.parse("2022-03-06T11:00:00Z")).build(),
        p1yMonthly().removeSeats(Instant.parse("2022-03-05T18:00:00Z"), 4)
            .addSeats(Instant.parse("2022-03-06T02:00:00Z"), 6)
            .cancel(Instant.parse("2022-03-06T11:59:59Z")).build(),
        // the twelfth monthly cycle charge, then the renewal month: 13 seats at 77.77 / 12 = 6.480833.. a month
        timeline(purchase("2022-03-05", TermDuration.P1Y, BillingCycle.MONTHLY, 13, "77.77"))
            .addSeats(Instant.parse("2023-03-05T03:00:00Z"), 2)
            .cancel(Instant.parse("2023-03-05T09:00:00Z")).build());

    for (SubscriptionTimeline t : timelines) {
      List<ChargeLine> lines = engine.charges(t, d("2022-03-05"), d("2023-04-30"));
      List<ChargeLine> lastCycle = lines.subList(lines.size() - lastCycleSize(lines), lines.size());
      ChargeLine refund = lines.get(lines.size() - 1);

      assertThat(refund.chargeType()).isEqualTo(ChargeType.CANCEL_IMMEDIATE);
      assertThat(refund.amount().signum()).isNegative();
      assertThat(refund.chargeStartDate()).isEqualTo(lastCycle.get(0).chargeStartDate());
      assertThat(refund.chargeEndDate()).isEqualTo(lastCycle.get(0).chargeEndDate());
      assertThat(sum(lastCycle)).as("%s", brief(lines)).isEqualTo(ZERO);
    }
  }

  /** Lines from the last cycle charge ({@code new}, {@code renew} or {@code cycleCharge}) to the end. */
  private static int lastCycleSize(List<ChargeLine> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      ChargeType type = lines.get(i).chargeType();
      if (ChargeType.NEW.equals(type) || ChargeType.RENEW.equals(type) || ChargeType.CYCLE_CHARGE.equals(type)) {
        return lines.size() - i;
      }
    }
    throw new AssertionError("no cycle charge in " + brief(lines));
  }
}
