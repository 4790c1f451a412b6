package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The implementations behind the {@link Rounding} presets. */
public final class RoundingPresetImpl {
  private RoundingPresetImpl() {}

  private static void requireQuantity(int quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity: must not be negative, was " + quantity);
    }
  }

  /** Rounds the (converted) unit price to 2 decimals, then multiplies by the quantity. */
  public record PerUnit(String name, RoundingMode mode) implements Rounding {
    @Override
    public RoundedAmount round(ProratedPrice price, int quantity, BigDecimal fxRate) {
      requireQuantity(quantity);
      BigDecimal unit = price.scaledNumerator(fxRate).divide(price.denominatorValue(), 2, mode);
      return new RoundedAmount(unit, unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY));
    }
  }

  /** Rounds the exact line total to 2 decimals; shows the exact unit price at {@link Rounding#UNIT_SCALE}. */
  public record PerLine(String name, RoundingMode mode) implements Rounding {
    @Override
    public RoundedAmount round(ProratedPrice price, int quantity, BigDecimal fxRate) {
      requireQuantity(quantity);
      BigDecimal num = price.scaledNumerator(fxRate);
      BigDecimal unit = num.divide(price.denominatorValue(), UNIT_SCALE, RoundingMode.HALF_UP);
      BigDecimal amount = num.multiply(BigDecimal.valueOf(quantity)).divide(price.denominatorValue(), 2, mode);
      return new RoundedAmount(unit, amount);
    }
  }
}
