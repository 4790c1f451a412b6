package io.cspsdk.billing.pricing;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules indexed by scope level and the ids of their scope. The covering rules of a line (ignoring dates) are
 * remembered per subscription, customer, product, SKU, term, billing frequency and category, best first, so a
 * line costs one map look-up and a date check; at most {@value #MAX_CACHED} such combinations are remembered.
 */
final class RuleIndex {
  private static final int MAX_CACHED = 200_000;
  private static final List<PricingRule> NONE = List.of();
  private final Map<ScopeLevel, Map<String, List<PricingRule>>> byLevel = new EnumMap<>(ScopeLevel.class);
  private final Map<PricingRule, Integer> order = new java.util.IdentityHashMap<>();
  private final Map<RuleKey, PricingRule[]> covering = new java.util.concurrent.ConcurrentHashMap<>();
  /** The previous line's look-up (lines of one subscription usually come together); safely published. */
  private volatile Hit last;

  /** An immutable pair, so a racy read of {@link #last} sees a consistent key and value. */
  private static final class Hit {
    private final RuleKey key;
    private final PricingRule[] candidates;

    Hit(RuleKey key, PricingRule[] candidates) {
      this.key = key;
      this.candidates = candidates;
    }
  }

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
      order.put(r, order.size());
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
    return firstValid(candidates(line, category), date);
  }

  /** The first of {@code candidates} valid at {@code date}, or null. */
  static PricingRule firstValid(PricingRule[] candidates, LocalDate date) {
    for (PricingRule r : candidates) {
      if (r.validity().contains(date)) {
        return r;
      }
    }
    return null;
  }

  /** Every rule covering the line at some date, best first (remembered). */
  PricingRule[] candidates(CostLine line, String category) {
    Hit hit = last;
    if (hit != null && hit.key.sameAs(line, category)) {
      return hit.candidates;
    }
    RuleKey key = new RuleKey(line, category);
    PricingRule[] candidates = covering.get(key);
    if (candidates == null) {
      candidates = coveringRules(line, category);
      if (covering.size() < MAX_CACHED) {
        covering.put(key, candidates);
      }
    }
    last = new Hit(key, candidates);
    return candidates;
  }

  /** Every rule covering the line at some date, best first: level, then specificity, then declaration order. */
  private PricingRule[] coveringRules(CostLine line, String category) {
    List<PricingRule> all = new ArrayList<>();
    for (ScopeLevel level : ScopeLevel.values()) {
      Map<String, List<PricingRule>> m = byLevel.get(level);
      String key = m == null ? null : primaryKey(level, line, category);
      if (key == null) {
        continue;
      }
      List<PricingRule> ofLevel = new ArrayList<>();
      for (PricingRule r : m.getOrDefault(key, NONE)) {
        if (r.scope().covers(line, category)) {
          ofLevel.add(r);
        }
      }
      ofLevel.sort(
          java.util.Comparator.comparingInt((PricingRule r) -> -r.scope().specificity())
              .thenComparing(order::get));
      all.addAll(ofLevel);
    }
    return all.toArray(new PricingRule[0]);
  }
}
