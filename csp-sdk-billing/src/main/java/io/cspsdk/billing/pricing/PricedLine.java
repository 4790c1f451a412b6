package io.cspsdk.billing.pricing;

import io.cspsdk.billing.report.CostLine;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A cost line priced for the buyer of the last tier: cost (what the seller pays) and price, both in
 * {@link #currency()}. Unit prices are held at the tier's unit scale (at least 6 decimals); amounts are exact and
 * rounded only when reported.
 */
public final class PricedLine {
  private final CostLine line;
  private final String currency;
  private final BigDecimal costUnitPrice;
  private final BigDecimal costAmount;
  private final BigDecimal unitPrice;
  private final BigDecimal effectiveUnitPrice;
  private final BigDecimal amount;
  private final PricingRule rule;

  PricedLine(
      CostLine line,
      String currency,
      BigDecimal costUnitPrice,
      BigDecimal costAmount,
      BigDecimal unitPrice,
      BigDecimal effectiveUnitPrice,
      BigDecimal amount,
      PricingRule rule) {
    this.line = line;
    this.currency = currency;
    this.costUnitPrice = costUnitPrice;
    this.costAmount = costAmount;
    this.unitPrice = unitPrice;
    this.effectiveUnitPrice = effectiveUnitPrice;
    this.amount = amount;
    this.rule = rule;
  }

  public CostLine line() {
    return line;
  }

  /** Currency of cost and price. */
  public String currency() {
    return currency;
  }

  /** The seller's cost per unit for the whole term. */
  public BigDecimal costUnitPrice() {
    return costUnitPrice;
  }

  /** The seller's cost of this line (exact). */
  public BigDecimal costAmount() {
    return costAmount;
  }

  /** The sales price per unit for the whole term. */
  public BigDecimal unitPrice() {
    return unitPrice;
  }

  /** The sales price per unit of this (possibly prorated) line. */
  public BigDecimal effectiveUnitPrice() {
    return effectiveUnitPrice;
  }

  /** The sales amount of this line (exact, not rounded). */
  public BigDecimal amount() {
    return amount;
  }

  /** {@code amount − costAmount} (exact). */
  public BigDecimal margin() {
    return amount.subtract(costAmount);
  }

  /** The rule of the last tier that set the price; empty when the line passed through (customer credits). */
  public Optional<PricingRule> rule() {
    return Optional.ofNullable(rule);
  }

  /** Whether the line was passed through unchanged (customer credits get no markup). */
  public boolean passedThrough() {
    return rule == null;
  }

  @Override
  public String toString() {
    return "PricedLine[" + line.subscriptionId() + " " + line.chargeType() + " " + line.chargeStartDate() + ".."
        + line.chargeEndDate() + " qty " + line.quantity().toPlainString() + ": cost " + costAmount.toPlainString()
        + ", price " + amount.toPlainString() + " " + currency + (rule != null ? ", " + rule : ", pass-through")
        + "]";
  }
}
