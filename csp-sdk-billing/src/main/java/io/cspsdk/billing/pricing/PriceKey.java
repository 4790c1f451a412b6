package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.CostLineFields;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a price applies to: a product, optionally narrowed to one SKU, term and billing frequency. An absent part
 * matches any value; when several keys match a line, the one naming more parts wins.
 */
public final class PriceKey {
  private static final CostLineFields FIELDS = CostLineFields.get();
  private final String productId;
  private final String skuId;
  private final TermDuration termDuration;
  private final BillingCycle billingCycle;

  private PriceKey(String productId, String skuId, TermDuration termDuration, BillingCycle billingCycle) {
    if (productId == null || productId.isBlank()) {
      throw new ValidationException("productId", "must not be blank");
    }
    this.productId = productId;
    this.skuId = skuId;
    this.termDuration = termDuration;
    this.billingCycle = billingCycle;
  }

  /** Every SKU, term and billing frequency of a product. */
  public static PriceKey product(String productId) {
    return new PriceKey(productId, null, null, null);
  }

  /** One SKU of a product, any term and billing frequency. */
  public static PriceKey sku(String productId, String skuId) {
    return new PriceKey(productId, Objects.requireNonNull(skuId, "skuId"), null, null);
  }

  /** One SKU of a product with a given term and billing frequency. */
  public static PriceKey of(String productId, String skuId, TermDuration term, BillingCycle billingCycle) {
    return new PriceKey(
        productId,
        Objects.requireNonNull(skuId, "skuId"),
        Objects.requireNonNull(term, "termDuration"),
        Objects.requireNonNull(billingCycle, "billingCycle"));
  }

  public String productId() {
    return productId;
  }

  public Optional<String> skuId() {
    return Optional.ofNullable(skuId);
  }

  public Optional<TermDuration> termDuration() {
    return Optional.ofNullable(termDuration);
  }

  public Optional<BillingCycle> billingCycle() {
    return Optional.ofNullable(billingCycle);
  }

  /** Whether this key applies to the line's product, SKU, term and billing frequency. */
  public boolean matches(CostLine line) {
    if (!productId.equals(line.productId())) {
      return false;
    }
    if (skuId != null && !skuId.equals(line.skuId())) {
      return false;
    }
    if (termDuration != null && !same(termDuration, FIELDS.termDuration(line))) {
      return false;
    }
    return billingCycle == null || same(billingCycle, FIELDS.billingCycle(line));
  }

  /** Known open-enum constants are singletons: identity first, the case-insensitive comparison only if needed. */
  private static boolean same(io.cspsdk.core.model.OpenEnum expected, io.cspsdk.core.model.OpenEnum actual) {
    return expected == actual || (actual != null && expected.equals(actual));
  }

  /** How many parts the key names (1 to 4): the more, the more specific. */
  public int specificity() {
    return 1 + (skuId != null ? 1 : 0) + (termDuration != null ? 1 : 0) + (billingCycle != null ? 1 : 0);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PriceKey)) {
      return false;
    }
    PriceKey k = (PriceKey) o;
    return productId.equals(k.productId)
        && Objects.equals(skuId, k.skuId)
        && Objects.equals(termDuration, k.termDuration)
        && Objects.equals(billingCycle, k.billingCycle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, skuId, termDuration, billingCycle);
  }

  @Override
  public String toString() {
    return productId
        + (skuId != null ? "/" + skuId : "")
        + (termDuration != null ? "/" + termDuration : "")
        + (billingCycle != null ? "/" + billingCycle : "");
  }
}
