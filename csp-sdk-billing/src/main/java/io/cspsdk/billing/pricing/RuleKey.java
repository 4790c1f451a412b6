package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.CostLineFields;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.OpenEnum;
import java.util.Objects;

/** What decides which rules cover a line. Open enums by their spelling: another spelling only misses the cache. */
final class RuleKey {
  private static final CostLineFields FIELDS = CostLineFields.get();
  private final String subscriptionId;
  private final String customerId;
  private final String productId;
  private final String skuId;
  private final String term;
  private final String billingCycle;
  private final String category;
  private final int hash;

  RuleKey(CostLine line, String category) {
    this.subscriptionId = line.subscriptionId();
    this.customerId = line.customerId();
    this.productId = line.productId();
    this.skuId = line.skuId();
    this.term = valueOf(FIELDS.termDuration(line));
    this.billingCycle = valueOf(FIELDS.billingCycle(line));
    this.category = category;
    int h = subscriptionId.hashCode();
    h = 31 * h + customerId.hashCode();
    h = 31 * h + productId.hashCode();
    h = 31 * h + skuId.hashCode();
    h = 31 * h + Objects.hashCode(term);
    h = 31 * h + Objects.hashCode(billingCycle);
    h = 31 * h + Objects.hashCode(category);
    this.hash = h;
  }

  String subscriptionId() {
    return subscriptionId;
  }

  /** Whether the line has this key, without allocating one. */
  boolean sameAs(CostLine line, String lineCategory) {
    return subscriptionId.equals(line.subscriptionId())
        && productId.equals(line.productId())
        && customerId.equals(line.customerId())
        && skuId.equals(line.skuId())
        && Objects.equals(category, lineCategory)
        && Objects.equals(term, valueOf(FIELDS.termDuration(line)))
        && Objects.equals(billingCycle, valueOf(FIELDS.billingCycle(line)));
  }

  private static String valueOf(OpenEnum e) {
    return e == null ? null : e.value();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleKey)) {
      return false;
    }
    RuleKey k = (RuleKey) o;
    return hash == k.hash
        && subscriptionId.equals(k.subscriptionId)
        && customerId.equals(k.customerId)
        && productId.equals(k.productId)
        && skuId.equals(k.skuId)
        && Objects.equals(term, k.term)
        && Objects.equals(billingCycle, k.billingCycle)
        && Objects.equals(category, k.category);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
