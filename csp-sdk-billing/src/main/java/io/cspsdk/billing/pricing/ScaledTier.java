package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.internal.StringMap;
import io.cspsdk.billing.internal.ScaledPrice;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ChargeType;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One tier of {@link ScaledChainPricer}: the same arithmetic as {@link TierPricing#price} on scaled values, for
 * markups, margins and fixed prices in the tier's currency. The covering rules of a line are remembered per
 * subscription (a subscription's lines share customer, product and category), so a line costs one look-up by
 * subscription id and a date check. Declines ERP discounts, guards, currency changes and overflows.
 */
final class ScaledTier {
  private final TierPricing tier;
  private final boolean allowed;
  private final StringMap<Rules> bySubscription = new StringMap<>();
  private final Map<PriceAdjustment, Adjustment> adjustments = new IdentityHashMap<>();
  private Rules last;

  ScaledTier(TierPricing tier) {
    this.tier = tier;
    this.allowed = tier.allowsScaledPricing();
  }

  /** Prices {@code p} (this tier's cost on entry, its price on return); false to decline. */
  boolean price(CostLine line, ScaledPrice p) {
    if (!allowed || !tier.currencyFor(p.currency).equals(p.currency)) {
      return false;
    }
    long cost = p.amount;
    if (line.chargeType() == ChargeType.CUSTOMER_CREDIT) {
      p.costAmount = cost; // passed through: price = cost
      return true;
    }
    Rules rules = rules(line);
    Adjustment a = rules.at(line.chargeStartDate());
    if (a == null) {
      return false;
    }
    long unit = p.unitPrice;
    long effective = p.effectiveUnitPrice;
    boolean unprorated = effective == unit || unit == 0;
    long sale;
    long saleEffective;
    switch (a.kind) {
      case MARKUP:
        sale = Scaled.multiplyDivide(unit, a.value, a.divisor);
        saleEffective = unprorated ? sale : Scaled.multiplyDivide(effective, a.value, a.divisor);
        break;
      case MARGIN:
        // TierPricing: cost / divisor at 10 decimals HALF_UP, then 6 decimals HALF_UP
        long raw10 = Scaled.multiplyDivide(unit, a.value, a.divisor);
        sale = Scaled.multiplyDivide(raw10, 1, Scaled.pow10(4));
        saleEffective = unprorated ? sale : Scaled.multiplyDivide(sale, effective, unit);
        break;
      case FIXED:
        if (!a.currency.equals(p.currency)) {
          return false;
        }
        sale = a.value;
        saleEffective = unprorated ? sale : Scaled.multiplyDivide(sale, effective, unit);
        break;
      default:
        return false;
    }
    long amount = Scaled.multiply(saleEffective, p.quantity);
    if (!Scaled.bounded(sale) || !Scaled.bounded(saleEffective) || amount == Scaled.NONE) {
      return false;
    }
    p.unitPrice = sale;
    p.effectiveUnitPrice = saleEffective;
    p.amount = amount;
    p.costAmount = cost;
    return true;
  }

  private Rules rules(CostLine line) {
    String category = tier.categoryOf(line);
    Rules r = last;
    if (r == null || !r.key.subscriptionId().equals(line.subscriptionId())) {
      r = bySubscription.get(line.subscriptionId());
    }
    if (r == null || !r.covers(line, category)) {
      r = new Rules(line, category, tier.index().candidates(line, category));
      bySubscription.put(line.subscriptionId(), r);
    }
    last = r;
    return r;
  }

  private Adjustment adjustment(PriceAdjustment adjustment) {
    return adjustments.computeIfAbsent(adjustment, Adjustment::of);
  }

  /** What a rule does, in scaled values: {@code value / divisor} applied to the cost, or a fixed price. */
  private enum Kind {
    MARKUP,
    MARGIN,
    FIXED,
    UNSUPPORTED
  }

  private static final class Adjustment {
    private static final Adjustment UNSUPPORTED = new Adjustment(Kind.UNSUPPORTED, 0, 1, null);
    private final Kind kind;
    private final long value;
    private final long divisor;
    private final String currency;

    private Adjustment(Kind kind, long value, long divisor, String currency) {
      this.kind = kind;
      this.value = value;
      this.divisor = divisor;
      this.currency = currency;
    }

    static Adjustment of(PriceAdjustment a) {
      if (a instanceof Markup) {
        // sale = cost × factor: (unscaled factor) / 10^scale
        java.math.BigDecimal f = ((Markup) a).factor();
        if (f.scale() > 18 || f.unscaledValue().bitLength() > 62) {
          return UNSUPPORTED;
        }
        return new Adjustment(Kind.MARKUP, f.unscaledValue().longValue(), Scaled.pow10(f.scale()), null);
      }
      if (a instanceof Margin) {
        // raw at 10 decimals = cost6 × 10^(4 + d) / (unscaled divisor), d = the divisor's scale
        java.math.BigDecimal d = ((Margin) a).divisor();
        if (d.scale() > 14 || d.unscaledValue().bitLength() > 62) {
          return UNSUPPORTED;
        }
        return new Adjustment(Kind.MARGIN, Scaled.pow10(4 + d.scale()), d.unscaledValue().longValue(), null);
      }
      if (a instanceof FixedPrice) {
        io.cspsdk.core.model.Money price = ((FixedPrice) a).unitPrice();
        long sale =
            Scaled.of(price.amount().setScale(TierPricing.MIN_UNIT_SCALE, java.math.RoundingMode.HALF_UP));
        return sale == Scaled.NONE ? UNSUPPORTED : new Adjustment(Kind.FIXED, sale, 1, price.currency());
      }
      return UNSUPPORTED;
    }
  }

  /** The rules covering the lines of one subscription, best first, for its current product and category. */
  private final class Rules {
    private final RuleKey key;
    private final PricingRule[] candidates;
    private final Adjustment[] adjustments;

    Rules(CostLine line, String category, PricingRule[] candidates) {
      this.key = new RuleKey(line, category);
      this.candidates = candidates;
      this.adjustments = new Adjustment[candidates.length];
      for (int i = 0; i < candidates.length; i++) {
        adjustments[i] = adjustment(candidates[i].adjustment());
      }
    }

    /** Whether these are the rules of {@code line} (the same inputs as the rule index's cache key). */
    boolean covers(CostLine line, String lineCategory) {
      return key.sameAs(line, lineCategory);
    }

    /** The adjustment of the first rule valid at {@code date}, or null when none is. */
    Adjustment at(LocalDate date) {
      for (int i = 0; i < candidates.length; i++) {
        if (candidates[i].validity().contains(date)) {
          return adjustments[i];
        }
      }
      return null;
    }
  }
}
