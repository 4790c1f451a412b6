package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer's subscription (legacy or new commerce). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubscription.class)
@JsonDeserialize(as = ImmutableSubscription.class)
public abstract class Subscription {
  public abstract String id();

  public abstract Optional<String> entitlementId();

  public abstract Optional<String> offerId();

  public abstract Optional<String> offerName();

  public abstract Optional<String> friendlyName();

  public abstract Optional<ProductType> productType();

  @Value.Default
  public int quantity() {
    return 0;
  }

  public abstract Optional<String> unitType();

  public abstract Optional<String> parentSubscriptionId();

  public abstract Optional<String> orderId();

  /** The indirect reseller's MPN id (two-tier only; absent for direct-sold subscriptions). */
  public abstract Optional<String> partnerId();

  public abstract Optional<OffsetDateTime> creationDate();

  public abstract Optional<OffsetDateTime> effectiveStartDate();

  public abstract Optional<OffsetDateTime> commitmentEndDate();

  public abstract Optional<OffsetDateTime> cancellationAllowedUntilDate();

  public abstract Optional<SubscriptionStatus> status();

  @Value.Default
  public boolean autoRenewEnabled() {
    return false;
  }

  public abstract Optional<BillingType> billingType();

  public abstract Optional<BillingCycle> billingCycle();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<TermDuration> renewalTermDuration();

  @JsonProperty("isTrial")
  @Value.Default
  public boolean isTrial() {
    return false;
  }

  public abstract Optional<String> contractType();

  public abstract Optional<String> promotionId();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> suspensionReasons();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RefundOption> refundOptions();

  public abstract Optional<RefundableQuantity> refundableQuantity();

  public abstract Optional<ScheduledNextTermInstructions> scheduledNextTermInstructions();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  /** The concurrency etag from {@code attributes.etag}. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Optional<String> etag() {
    return attributes().flatMap(ResourceAttributes::etag);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Subscription}. */
  public static final class Builder extends ImmutableSubscription.Builder {}
}
