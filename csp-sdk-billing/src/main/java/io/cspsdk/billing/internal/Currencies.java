package io.cspsdk.billing.internal;

/** Currency helpers shared by the report, reconciliation and profit aggregations. */
public final class Currencies {
  /** ISO 4217 code for "no currency": the currency of a report or result built from no lines. */
  public static final String NONE = "XXX";

  private Currencies() {}

  /** {@code currency}, or {@link #NONE} when no line has set one yet. */
  public static String orNone(String currency) {
    return currency == null ? NONE : currency;
  }
}
