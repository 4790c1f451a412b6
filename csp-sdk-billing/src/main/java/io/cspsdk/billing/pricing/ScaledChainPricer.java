package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.LinePricer;
import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.internal.ScaledPrice;
import io.cspsdk.billing.report.CostLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@link PricingChain#price} in {@link Scaled} values, for the lines where that is exact: no exchange rate on the
 * line, an integral quantity, amounts with at most 6 decimals. Gives the same values as the chain's
 * {@link PricedLine} or declines. One per report run (holds per-subscription caches).
 */
final class ScaledChainPricer implements LinePricer {
  private final ScaledTier[] tiers;

  ScaledChainPricer(PricingChain chain) {
    List<TierPricing> all = chain.tiers();
    tiers = new ScaledTier[all.size()];
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = new ScaledTier(all.get(i));
    }
  }

  @Override
  public boolean price(CostLine line, ScaledPrice out) {
    if (line.pcToBcExchangeRate().compareTo(BigDecimal.ONE) != 0) {
      return false;
    }
    long quantity = Scaled.integral(line.quantity());
    long unit = Scaled.of(line.unitPrice());
    long effective =
        line.effectiveUnitPrice() == line.unitPrice() ? unit : Scaled.of(line.effectiveUnitPrice());
    long amount = Scaled.of(line.amount());
    if (quantity == Scaled.NONE || unit == Scaled.NONE || effective == Scaled.NONE || amount == Scaled.NONE) {
      return false;
    }
    out.quantity = quantity;
    out.unitPrice = unit;
    out.effectiveUnitPrice = effective;
    out.amount = amount;
    out.currency = line.billingCurrency();
    for (ScaledTier tier : tiers) {
      if (!tier.price(line, out)) {
        return false;
      }
    }
    return true;
  }
}
