package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A purchasable configuration of a SKU (country, segment, currency, terms). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAvailability.class)
@JsonDeserialize(as = ImmutableAvailability.class)
public abstract class Availability {
  public abstract String id();

  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> catalogItemId();

  public abstract Optional<CurrencyInfo> defaultCurrency();

  /** The customer segment the availability is sold to. */
  public abstract Optional<TargetSegment> segment();

  public abstract Optional<String> country();

  @JsonProperty("isPurchasable")
  @Value.Default
  public boolean isPurchasable() {
    return false;
  }

  @JsonProperty("isRenewable")
  @Value.Default
  public boolean isRenewable() {
    return false;
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Term> terms();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  /** The parsed {@code productId:skuId:availabilityId}, when {@link #catalogItemId()} has that shape. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Optional<CatalogItemId> parsedCatalogItemId() {
    return catalogItemId().flatMap(CatalogItemId::tryParse);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Availability}. */
  public static final class Builder extends ImmutableAvailability.Builder {}
}
