package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The product, SKU and availability a subscription renews into. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNextTermProduct.class)
@JsonDeserialize(as = ImmutableNextTermProduct.class)
public abstract class NextTermProduct {
  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> availabilityId();

  public abstract Optional<String> billingCycle();

  public abstract Optional<String> termDuration();

  public abstract Optional<String> promotionId();

  /** {@code productId:skuId:availabilityId}, when all three are present. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Optional<CatalogItemId> catalogItemId() {
    if (productId().isEmpty() || skuId().isEmpty() || availabilityId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(CatalogItemId.of(productId().get(), skuId().get(), availabilityId().get()));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link NextTermProduct}. */
  public static final class Builder extends ImmutableNextTermProduct.Builder {}
}
