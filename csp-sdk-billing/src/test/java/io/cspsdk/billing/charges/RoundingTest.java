package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.NCE;
import static io.cspsdk.billing.charges.Fixtures.brief;
import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.dec;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RoundingTest {
  /** 12.00 x 29 / 31 = 11.2258064516... (the published seat-add example). */
  private static final ProratedPrice SEAT_ADD = new ProratedPrice(dec("12.00"), 29, 31);

  @Test
  void lineTruncation_truncatesTheExactLineTotal() {
    RoundedAmount r = Rounding.LINE_TRUNCATION.round(SEAT_ADD, 15);

    assertThat(r.amount()).isEqualByComparingTo("168.38");
    assertThat(r.effectiveUnitPrice()).isEqualByComparingTo("11.225806");
  }

  @Test
  void perUnitTruncation_truncatesTheUnitThenMultiplies() {
    RoundedAmount r = Rounding.PER_UNIT_TRUNCATION.round(SEAT_ADD, 15);

    assertThat(r.effectiveUnitPrice()).isEqualByComparingTo("11.22");
    assertThat(r.amount()).isEqualByComparingTo("168.30");
  }

  @Test
  void perUnitTruncation_withExchangeRate_truncatesTheConvertedUnit() {
    // 11.2258064516 x 0.9 = 10.1032258 -> 10.10 x 3
    RoundedAmount r = Rounding.PER_UNIT_TRUNCATION.round(SEAT_ADD, 3, dec("0.9"));

    assertThat(r.effectiveUnitPrice()).isEqualByComparingTo("10.10");
    assertThat(r.amount()).isEqualByComparingTo("30.30");
  }

  @Test
  void halfUp_roundsTheLineTotal_perUnitHalfUpRoundsTheUnit() {
    // 4 x 12 / 31 = 1.548387..: line of 2 = 3.0967 -> 3.10; per unit 1.55 x 2 = 3.10; x3: 4.645 -> 4.65 vs 4.65
    ProratedPrice legacy = new ProratedPrice(dec("4.00"), 12, 31);
    assertThat(Rounding.HALF_UP.round(legacy, 2).amount()).isEqualByComparingTo("3.10");
    assertThat(Rounding.PER_UNIT_HALF_UP.round(legacy, 2).amount()).isEqualByComparingTo("3.10");
    // 1.005 exactly: half-up goes up, truncation down
    ProratedPrice half = new ProratedPrice(dec("2.01"), 1, 2);
    assertThat(Rounding.HALF_UP.round(half, 1).amount()).isEqualByComparingTo("1.01");
    assertThat(Rounding.LINE_TRUNCATION.round(half, 1).amount()).isEqualByComparingTo("1.00");
    assertThat(Rounding.PER_UNIT_HALF_UP.round(half, 3).amount()).isEqualByComparingTo("3.03");
    assertThat(Rounding.HALF_UP.round(half, 3).amount()).isEqualByComparingTo("3.02");
  }

  @Test
  void refund_isTheNegatedPositiveAmount_truncationTowardZero() {
    assertThat(Rounding.LINE_TRUNCATION.round(SEAT_ADD, 10).negate().amount()).isEqualByComparingTo("-112.25");
  }

  @Test
  void named_findsPresetsCaseInsensitively_andRefusesUnknown() {
    assertThat(Rounding.named("line_truncation")).isSameAs(Rounding.LINE_TRUNCATION);
    assertThat(Rounding.named("PER_UNIT_TRUNCATION")).isSameAs(Rounding.PER_UNIT_TRUNCATION);
    assertThatThrownBy(() -> Rounding.named("BANKERS")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rounding: unknown preset 'BANKERS'");
  }

  @Test
  void microsoftPresets_seatChangesByLine_othersPerUnit() {
    RoundingPresets p = RoundingPresets.microsoft();

    assertThat(p.forType(ChargeType.ADD_QUANTITY)).isSameAs(Rounding.LINE_TRUNCATION);
    assertThat(p.forType(ChargeType.REMOVE_QUANTITY)).isSameAs(Rounding.LINE_TRUNCATION);
    assertThat(p.forType(ChargeType.CANCEL_IMMEDIATE)).isSameAs(Rounding.PER_UNIT_TRUNCATION);
    assertThat(p.forType(ChargeType.CONVERT)).isSameAs(Rounding.PER_UNIT_TRUNCATION);
    assertThat(p.forType(ChargeType.of("somethingNew"))).isSameAs(Rounding.PER_UNIT_TRUNCATION);
  }

  @Test
  void engine_withPerUnitPresetForSeatChanges_changesOnlyThoseLines() {
    SubscriptionTimeline t = timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 10, "12.00"))
        .addSeats(d("2022-03-07"), 5).build();
    ChargeEngine perUnit = ChargeEngine.newCommerce(
        RoundingPresets.microsoft().with(ChargeType.ADD_QUANTITY, Rounding.PER_UNIT_TRUNCATION));

    assertThat(brief(perUnit.invoice(t, YearMonth.of(2022, 3)))).containsExactly(
        "new 2022-03-05..2022-04-04 x10 120.00",
        "addQuantity 2022-03-07..2022-04-04 x10 -112.20",
        "addQuantity 2022-03-07..2022-04-04 x15 168.30");
    assertThat(brief(NCE.invoice(t, YearMonth.of(2022, 3)))).contains("addQuantity 2022-03-07..2022-04-04 x15 168.38");
  }
}
