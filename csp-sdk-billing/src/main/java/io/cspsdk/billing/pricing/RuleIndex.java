package io.cspsdk.billing.pricing;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules indexed by scope level and the ids of their scope, for a handful of map look-ups per line. */
final class RuleIndex {
  private static final List<PricingRule> NONE = List.of();
  private final Map<ScopeLevel, Map<String, List<PricingRule>>> byLevel = new EnumMap<>(ScopeLevel.class);

  RuleIndex(List<PricingRule> rules) {
    Map<RuleScope, List<PricingRule>> byScope = new HashMap<>();
    for (PricingRule r : rules) {
      List<PricingRule> same = byScope.computeIfAbsent(r.scope(), s -> new ArrayList<>());
      for (PricingRule other : same) {
        if (other.validity().overlaps(r.validity())) {
          throw new ValidationException(
              "rules", "two rules for " + r.scope() + " overlap in time: " + other + " and " + r);
        }
      }
      same.add(r);
      byLevel
          .computeIfAbsent(r.scope().level(), l -> new HashMap<>())
          .computeIfAbsent(primaryKey(r.scope()), k -> new ArrayList<>())
          .add(r);
    }
  }

  private static String primaryKey(RuleScope s) {
    switch (s.level()) {
      case SUBSCRIPTION:
        return s.subscriptionId().get();
      case CUSTOMER_PRODUCT:
      case CUSTOMER_CATEGORY:
      case CUSTOMER:
        return s.customerId().get();
      case PRODUCT:
        return s.product().get().productId();
      case CATEGORY:
        return s.category().get();
      default:
        return "";
    }
  }

  private static String primaryKey(ScopeLevel level, CostLine line, String category) {
    switch (level) {
      case SUBSCRIPTION:
        return line.subscriptionId();
      case CUSTOMER_PRODUCT:
      case CUSTOMER_CATEGORY:
      case CUSTOMER:
        return line.customerId();
      case PRODUCT:
        return line.productId();
      case CATEGORY:
        return category;
      default:
        return "";
    }
  }

  /**
   * The applicable rule: the first level (most specific) with a covering rule valid at {@code date}; within a
   * level the rule naming more product parts, then the one declared first.
   */
  PricingRule find(CostLine line, String category, LocalDate date) {
    for (ScopeLevel level : ScopeLevel.values()) {
      Map<String, List<PricingRule>> m = byLevel.get(level);
      if (m == null) {
        continue;
      }
      String key = primaryKey(level, line, category);
      if (key == null) {
        continue;
      }
      PricingRule best = null;
      for (PricingRule r : m.getOrDefault(key, NONE)) {
        if (r.validity().contains(date)
            && r.scope().covers(line, category)
            && (best == null || r.scope().specificity() > best.scope().specificity())) {
          best = r;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }
}
