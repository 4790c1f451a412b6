package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One line of a cart: what to buy ({@code catalogItemId}), how many, which term and billing cycle. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCartLineItem.class)
@JsonDeserialize(as = ImmutableCartLineItem.class)
public abstract class CartLineItem {
  public abstract Optional<Integer> id();

  public abstract Optional<String> catalogItemId();

  public abstract Optional<String> friendlyName();

  public abstract Optional<Integer> quantity();

  public abstract Optional<String> currencyCode();

  public abstract Optional<BillingCycle> billingCycle();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<String> promotionId();

  public abstract Optional<OffsetDateTime> customTermEndDate();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<KeyValuePair> participants();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> provisioningContext();

  public abstract Optional<String> orderGroup();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CartLineItem> addOnItems();

  public abstract Optional<CartLineItemError> error();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The catalog item as a {@link CatalogItemId}, when it is one. */
  public Optional<CatalogItemId> catalogItem() {
    return catalogItemId().flatMap(CatalogItemId::tryParse);
  }

  /** Builder of {@link CartLineItem}. */
  public static final class Builder extends ImmutableCartLineItem.Builder {
    /** What to buy, as a typed id (sent as {@code productId:skuId:availabilityId}). */
    public Builder catalogItemId(CatalogItemId catalogItemId) {
      return catalogItemId(java.util.Objects.requireNonNull(catalogItemId, "catalogItemId").toString());
    }
  }
}
