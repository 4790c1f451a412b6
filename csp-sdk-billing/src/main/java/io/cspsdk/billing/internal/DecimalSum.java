package io.cspsdk.billing.internal;

import java.math.BigDecimal;

/**
 * An exact running sum of decimals, kept in a {@code long} at 6 decimals while the addends fit (no allocation, no
 * pointer to follow) and in a {@link BigDecimal} for the rest. The result is always exact.
 */
public final class DecimalSum {
  /** Decimals of the fast part. */
  public static final int SCALE = 6;

  private long unscaled;
  private BigDecimal rest;

  /** Adds {@code value} exactly. */
  public void add(BigDecimal value) {
    long u = Scaled.of(value);
    if (u != Scaled.NONE) {
      long r = unscaled + u;
      if (((unscaled ^ r) & (u ^ r)) >= 0) {
        unscaled = r;
        return;
      }
    }
    rest = rest == null ? value : rest.add(value);
  }

  /** Adds a {@link Scaled} value ({@value #SCALE} decimals) exactly. */
  public void add(long scaled) {
    long r = unscaled + scaled;
    if (scaled != Scaled.NONE && ((unscaled ^ r) & (scaled ^ r)) >= 0) {
      unscaled = r;
    } else {
      rest = rest == null ? Scaled.toDecimal(scaled) : rest.add(Scaled.toDecimal(scaled));
    }
  }

  /** The exact sum (scale at least {@value #SCALE}). */
  public BigDecimal value() {
    BigDecimal fast = BigDecimal.valueOf(unscaled, SCALE);
    return rest == null ? fast : fast.add(rest);
  }
}
