package io.cspsdk.billing.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Revenue (customer price), cost and profit (revenue − cost) of a customer or subscription, rounded. */
public record Profit(BigDecimal revenue, BigDecimal cost) {
  public BigDecimal profit() {
    return revenue.subtract(cost);
  }

  /** Profit as a percentage of revenue (2 decimals, HALF_UP); empty when revenue is zero. */
  public Optional<BigDecimal> marginPercent() {
    if (revenue.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(profit().movePointRight(2).divide(revenue, 2, RoundingMode.HALF_UP));
  }
}
