package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.FastPricing;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import java.util.List;

/**
 * Tiers applied in order, e.g. distributor → reseller, then reseller → customer: each tier's price is the next
 * tier's cost. The first tier's cost is the line's Microsoft cost in its billing currency.
 */
public final class PricingChain {
  static {
    FastPricing.install(ScaledChainPricer::new);
  }

  private final List<TierPricing> tiers;

  private PricingChain(List<TierPricing> tiers) {
    if (tiers.isEmpty()) {
      throw new ValidationException("tiers", "at least one tier is required");
    }
    this.tiers = List.copyOf(tiers);
  }

  /** A chain of the given tiers, first tier first. */
  public static PricingChain of(TierPricing... tiers) {
    return new PricingChain(List.of(tiers));
  }

  public List<TierPricing> tiers() {
    return tiers;
  }

  /** Prices the line through every tier; the result shows the last tier's cost and price. */
  public PricedLine price(CostLine line) {
    PricedLine p =
        tiers.get(0).price(
            line,
            line.billingCurrency(),
            line.billingUnitPrice(),
            line.billingEffectiveUnitPrice(),
            line.amount());
    for (int i = 1; i < tiers.size(); i++) {
      p = tiers.get(i).price(line, p.currency(), p.unitPrice(), p.effectiveUnitPrice(), p.amount());
    }
    return p;
  }

  /** The price of {@code line} after the first {@code tierCount} tiers (e.g. 1: what the reseller pays). */
  public PricedLine priceThrough(CostLine line, int tierCount) {
    if (tierCount < 1 || tierCount > tiers.size()) {
      throw new ValidationException("tierCount", "must be between 1 and " + tiers.size());
    }
    return PricingChain.of(tiers.subList(0, tierCount).toArray(new TierPricing[0])).price(line);
  }
}
