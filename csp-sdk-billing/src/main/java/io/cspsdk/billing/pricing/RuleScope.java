package io.cspsdk.billing.pricing;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which lines a pricing rule applies to. Precedence follows {@link ScopeLevel}: subscription &gt;
 * customer+product &gt; customer+category &gt; customer &gt; product &gt; category &gt; global.
 */
public final class RuleScope {
  private static final RuleScope GLOBAL = new RuleScope(ScopeLevel.GLOBAL, null, null, null, null);
  private final ScopeLevel level;
  private final String subscriptionId;
  private final String customerId;
  private final PriceKey product;
  private final String category;

  private RuleScope(
      ScopeLevel level, String subscriptionId, String customerId, PriceKey product, String category) {
    this.level = level;
    this.subscriptionId = subscriptionId;
    this.customerId = customerId;
    this.product = product;
    this.category = category;
  }

  public static RuleScope subscription(String subscriptionId) {
    return new RuleScope(ScopeLevel.SUBSCRIPTION, text("subscriptionId", subscriptionId), null, null, null);
  }

  public static RuleScope customerProduct(String customerId, PriceKey product) {
    return new RuleScope(
        ScopeLevel.CUSTOMER_PRODUCT, null, text("customerId", customerId), key(product), null);
  }

  public static RuleScope customerCategory(String customerId, String category) {
    return new RuleScope(
        ScopeLevel.CUSTOMER_CATEGORY, null, text("customerId", customerId), null, text("category", category));
  }

  public static RuleScope customer(String customerId) {
    return new RuleScope(ScopeLevel.CUSTOMER, null, text("customerId", customerId), null, null);
  }

  public static RuleScope product(PriceKey product) {
    return new RuleScope(ScopeLevel.PRODUCT, null, null, key(product), null);
  }

  public static RuleScope category(String category) {
    return new RuleScope(ScopeLevel.CATEGORY, null, null, null, text("category", category));
  }

  public static RuleScope global() {
    return GLOBAL;
  }

  private static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  private static PriceKey key(PriceKey product) {
    if (product == null) {
      throw new ValidationException("product", "must not be null");
    }
    return product;
  }

  public ScopeLevel level() {
    return level;
  }

  public Optional<String> subscriptionId() {
    return Optional.ofNullable(subscriptionId);
  }

  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  public Optional<PriceKey> product() {
    return Optional.ofNullable(product);
  }

  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** Whether the scope covers the line (its category as resolved by the tier). */
  boolean covers(CostLine line, String lineCategory) {
    switch (level) {
      case SUBSCRIPTION:
        return subscriptionId.equals(line.subscriptionId());
      case CUSTOMER_PRODUCT:
        return customerId.equals(line.customerId()) && product.matches(line);
      case CUSTOMER_CATEGORY:
        return customerId.equals(line.customerId()) && category.equals(lineCategory);
      case CUSTOMER:
        return customerId.equals(line.customerId());
      case PRODUCT:
        return product.matches(line);
      case CATEGORY:
        return category.equals(lineCategory);
      default:
        return true;
    }
  }

  /** Within one level, a scope naming more product parts is more specific. */
  int specificity() {
    return product == null ? 0 : product.specificity();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleScope)) {
      return false;
    }
    RuleScope s = (RuleScope) o;
    return level == s.level
        && Objects.equals(subscriptionId, s.subscriptionId)
        && Objects.equals(customerId, s.customerId)
        && Objects.equals(product, s.product)
        && Objects.equals(category, s.category);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, subscriptionId, customerId, product, category);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(level.name().toLowerCase(java.util.Locale.ROOT));
    if (subscriptionId != null) {
      sb.append(" subscription=").append(subscriptionId);
    }
    if (customerId != null) {
      sb.append(" customer=").append(customerId);
    }
    if (product != null) {
      sb.append(" product=").append(product);
    }
    if (category != null) {
      sb.append(" category=").append(category);
    }
    return sb.toString();
  }
}
