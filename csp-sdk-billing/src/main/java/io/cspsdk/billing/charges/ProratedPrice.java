package io.cspsdk.billing.charges;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact prorated seat price: {@code unitPrice × numerator / denominator}, e.g. a whole-term price times
 * {@code (cycleMonths × billingDays) / (termMonths × chargeCycleDays)}. Kept as a fraction so that every
 * {@link Rounding} rounds the true value exactly once.
 */
public record ProratedPrice(BigDecimal unitPrice, long numerator, long denominator) {
  public ProratedPrice {
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("fraction: must be non-negative over positive, was " + numerator + "/" + denominator);
    }
  }

  /** The price of the whole (unprorated) unit. */
  public static ProratedPrice whole(BigDecimal unitPrice) {
    return new ProratedPrice(unitPrice, 1, 1);
  }

  /** {@code unitPrice × numerator × factor} (exact). */
  public BigDecimal scaledNumerator(BigDecimal factor) {
    return unitPrice.multiply(BigDecimal.valueOf(numerator)).multiply(factor);
  }

  public BigDecimal denominatorValue() {
    return BigDecimal.valueOf(denominator);
  }

  /** The value to the given precision (for display and tests; amounts use {@link Rounding}). */
  public BigDecimal value(MathContext mc) {
    return scaledNumerator(BigDecimal.ONE).divide(denominatorValue(), mc);
  }
}
