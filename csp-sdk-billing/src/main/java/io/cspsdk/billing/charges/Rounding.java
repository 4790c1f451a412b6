package io.cspsdk.billing.charges;

import io.cspsdk.billing.charges.internal.RoundingPresetImpl;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a line amount is rounded from an exact {@link ProratedPrice} (a strategy; the presets are named constants).
 * All presets work on the positive amount; a refund is the negated result, so truncation is toward zero
 * (Excel's ROUNDDOWN). The exact effective unit price is shown at scale {@value #UNIT_SCALE} unless the preset
 * truncates per unit.
 */
public interface Rounding {
  /** Scale of effective unit prices held and shown by the line-level presets. */
  int UNIT_SCALE = 6;

  /** Microsoft's reconciliation formula: {@code ROUNDDOWN(effectiveUnitPrice × fxRate, 2) × quantity}. */
  Rounding PER_UNIT_TRUNCATION = new RoundingPresetImpl.PerUnit("PER_UNIT_TRUNCATION", RoundingMode.DOWN);

  /** Microsoft's seat-change examples: {@code ROUNDDOWN(effectiveUnitPrice × fxRate × quantity, 2)}. */
  Rounding LINE_TRUNCATION = new RoundingPresetImpl.PerLine("LINE_TRUNCATION", RoundingMode.DOWN);

  /** Half-up on the line total: {@code ROUND(effectiveUnitPrice × fxRate × quantity, 2)}. */
  Rounding HALF_UP = new RoundingPresetImpl.PerLine("HALF_UP", RoundingMode.HALF_UP);

  /** Half-up per unit: {@code ROUND(effectiveUnitPrice × fxRate, 2) × quantity} (legacy examples: 2 × 1.55). */
  Rounding PER_UNIT_HALF_UP = new RoundingPresetImpl.PerUnit("PER_UNIT_HALF_UP", RoundingMode.HALF_UP);

  /** The preset's name. */
  String name();

  /**
   * Rounds {@code quantity} seats at {@code price × fxRate} ({@code fxRate}: billing-currency units per
   * pricing-currency unit, {@code 1} when both are the same).
   */
  RoundedAmount round(ProratedPrice price, int quantity, BigDecimal fxRate);

  /** {@link #round(ProratedPrice, int, BigDecimal)} without currency conversion. */
  default RoundedAmount round(ProratedPrice price, int quantity) {
    return round(price, quantity, BigDecimal.ONE);
  }

  /** Looks a preset up by name (case-insensitive). */
  static Rounding named(String name) {
    for (Rounding r : new Rounding[] {PER_UNIT_TRUNCATION, LINE_TRUNCATION, HALF_UP, PER_UNIT_HALF_UP}) {
      if (r.name().equalsIgnoreCase(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("rounding: unknown preset '" + name
        + "' (known: PER_UNIT_TRUNCATION, LINE_TRUNCATION, HALF_UP, PER_UNIT_HALF_UP)");
  }
}
