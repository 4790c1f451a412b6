package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A legacy (non new-commerce) catalog offer. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOffer.class)
@JsonDeserialize(as = ImmutableOffer.class)
public abstract class Offer {
  public abstract String id();

  public abstract Optional<String> name();

  public abstract Optional<String> description();

  public abstract Optional<Integer> minimumQuantity();

  public abstract Optional<Integer> maximumQuantity();

  public abstract Optional<Integer> rank();

  public abstract Optional<String> uri();

  public abstract Optional<String> locale();

  public abstract Optional<String> country();

  public abstract Optional<OfferCategory> category();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> prerequisiteOffers();

  @JsonProperty("isAddOn")
  @Value.Default
  public boolean isAddOn() {
    return false;
  }

  @JsonProperty("hasAddOns")
  @Value.Default
  public boolean hasAddOns() {
    return false;
  }

  @JsonProperty("isAvailableForPurchase")
  @Value.Default
  public boolean isAvailableForPurchase() {
    return false;
  }

  public abstract Optional<BillingType> billing();

  @JsonProperty("isAutoRenewable")
  @Value.Default
  public boolean isAutoRenewable() {
    return false;
  }

  public abstract Optional<OfferProduct> product();

  public abstract Optional<String> unitType();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<BillingCycle> supportedBillingCycles();

  @JsonProperty("isTrial")
  @Value.Default
  public boolean isTrial() {
    return false;
  }

  public abstract Optional<String> salesGroupId();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> upgradeTargetOffers();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> conversionTargetOffers();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Offer}. */
  public static final class Builder extends ImmutableOffer.Builder {}
}
