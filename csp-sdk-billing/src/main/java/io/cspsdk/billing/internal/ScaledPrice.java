package io.cspsdk.billing.internal;

/**
 * A priced line in {@link Scaled} values: what the report needs of a {@code PricedLine}. Mutable and reused from
 * line to line by one report builder; the currency is the one of cost and price.
 */
public final class ScaledPrice {
  /** The sales price per unit for the whole term. */
  public long unitPrice;
  /** The sales price per unit of the line. */
  public long effectiveUnitPrice;
  /** The exact sales amount. */
  public long amount;
  /** The seller's exact cost of the line. */
  public long costAmount;
  /** The quantity (integral). */
  public long quantity;
  public String currency;
}
