package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One line of an order. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOrderLineItem.class)
@JsonDeserialize(as = ImmutableOrderLineItem.class)
public abstract class OrderLineItem {
  public abstract Optional<Integer> lineItemNumber();

  public abstract Optional<String> offerId();

  public abstract Optional<String> subscriptionId();

  public abstract Optional<String> parentSubscriptionId();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<TransactionType> transactionType();

  public abstract Optional<String> friendlyName();

  public abstract Optional<Integer> quantity();

  public abstract Optional<OrderPricing> pricing();

  public abstract Optional<String> promotionId();

  /** The indirect reseller's MPN id the line is bought for (two-tier: the distributor orders for a reseller). */
  public abstract Optional<String> partnerIdOnRecord();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> provisioningContext();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link OrderLineItem}. */
  public static final class Builder extends ImmutableOrderLineItem.Builder {}
}
