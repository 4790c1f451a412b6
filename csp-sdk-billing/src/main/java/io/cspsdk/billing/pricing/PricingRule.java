package io.cspsdk.billing.pricing;

import java.util.Objects;

/** One pricing rule: a scope, how the price is derived, and when the rule is valid. */
public record PricingRule(RuleScope scope, PriceAdjustment adjustment, Validity validity) {
  public PricingRule {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(adjustment, "adjustment");
    Objects.requireNonNull(validity, "validity");
  }

  /** A rule valid at every date. */
  public static PricingRule of(RuleScope scope, PriceAdjustment adjustment) {
    return new PricingRule(scope, adjustment, Validity.always());
  }

  @Override
  public String toString() {
    return adjustment + " for " + scope + " " + validity;
  }
}
