package io.cspsdk.billing.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on {@code long}s holding values at {@value #SCALE} decimals (unscaled), for the hot
 * path of pricing and aggregation. Every operation returns {@link #NONE} when its exact result cannot be held
 * (more decimals, overflow); callers then take the {@link BigDecimal} path, so results never differ from it.
 */
public final class Scaled {
  /** Decimals of every scaled value. */
  public static final int SCALE = 6;
  /** "Not representable": the caller must use {@link BigDecimal}. */
  public static final long NONE = Long.MIN_VALUE;
  /** Values of at most this magnitude (10^17) are representable: 17 digits, as unit prices in reports. */
  public static final long MAX = 100_000_000_000_000_000L;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Scaled() {}

  /** 10^n for 0 ≤ n ≤ 18. */
  public static long pow10(int n) {
    return POW10[n];
  }

  /** {@code value} at {@value #SCALE} decimals, or {@link #NONE} when it has more decimals or |value| ≥ 10^12. */
  public static long of(BigDecimal value) {
    int scale = value.scale();
    if (scale > SCALE || value.precision() - scale > 12) {
      return NONE;
    }
    if (scale < 0) {
      return value.movePointRight(SCALE).longValue();
    }
    return unscaled(value) * POW10[SCALE - scale];
  }

  /**
   * The unscaled value of a decimal of at most 18 digits and scale 0..18, read through a scale-0 view of it:
   * unlike {@link BigDecimal#movePointRight} (a second object when the scale becomes negative) or {@link
   * BigDecimal#unscaledValue} (a {@code BigInteger}), the view does not outlive this call, so the JIT can elide it.
   */
  public static long unscaled(BigDecimal value) {
    int scale = value.scale();
    return scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
  }

  /** An integral {@code value} (scale 0, as quantities are), or {@link #NONE}. */
  public static long integral(BigDecimal value) {
    return value.scale() == 0 && value.precision() <= 12 ? value.longValue() : NONE;
  }

  /** The exact {@link BigDecimal} of a scaled value (scale {@value #SCALE}). */
  public static BigDecimal toDecimal(long unscaled) {
    return BigDecimal.valueOf(unscaled, SCALE);
  }

  /** {@code a × b}, or {@link #NONE} on overflow. */
  public static long multiply(long a, long b) {
    long low = a * b;
    return Math.multiplyHigh(a, b) == (low >> 63) && low != NONE ? low : NONE;
  }

  /** {@code a × b / divisor} rounded HALF_UP (ties away from zero), or {@link #NONE} on overflow or zero divisor. */
  public static long multiplyDivide(long a, long b, long divisor) {
    long product = multiply(a, b);
    if (product == NONE || divisor == 0 || divisor == NONE) {
      return NONE;
    }
    long q = product / divisor;
    long r = Math.abs(product % divisor);
    if (r >= Math.abs(divisor) - r) {
      q += Long.signum(product) * Long.signum(divisor);
    }
    return q;
  }

  /** Whether a scaled value is small enough to be held ({@code |value| < 10^17}). */
  public static boolean bounded(long value) {
    return value != NONE && Math.abs(value) < MAX;
  }
}
