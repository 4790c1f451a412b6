package io.cspsdk.billing.pricing;

/**
 * Optional caps on a tier's prices. When both apply and ERP is below cost, {@link #NOT_BELOW_COST} wins (a tier
 * never sells at a loss when asked not to).
 */
public enum Guard {
  /** The price is capped at the ERP (when the tier has an ERP for the line). */
  NOT_ABOVE_ERP,
  /** The price is raised to the cost when a rule would sell below it. */
  NOT_BELOW_COST
}
