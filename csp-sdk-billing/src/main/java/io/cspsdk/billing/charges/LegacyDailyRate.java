package io.cspsdk.billing.charges;

/**
 * How the legacy engine prorates: Microsoft's legacy examples disagree, so both of their shapes are named here.
 *
 * <ul>
 *   <li>{@link #ROUNDED} (the default): the daily rate is rounded first — monthly billing to 3 decimals (monthly
 *       price / days of the cycle, 4 / 31 = 0.129), annual billing to 2 decimals (annual price / 365, 48 / 365 =
 *       0.13) — then multiplied by the days and rounded per seat to the cent (346 × 0.13 = 44.98). This is what
 *       "Common legacy monthly billing scenarios" and most of "Common legacy annual billing scenarios" show.
 *   <li>{@link #EXACT}: the exact fraction (211.20 × 27 / 365 = 15.623…), the line rounded half-up once, and the
 *       re-charge of a seat change split at the next monthly anniversary — the shape of the example "Add license
 *       after subscription anniversary date but before billing date". Pair it with
 *       {@code RoundingPresets.all(Rounding.HALF_UP)} ({@link ChargeEngine#legacyExactDailyRate()}).
 * </ul>
 */
public enum LegacyDailyRate {
  ROUNDED,
  EXACT
}
