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

/**
 * A customer's subscription (legacy or new commerce). {@link #id()}, {@link #offerId()}, {@link #quantity()},
 * {@link #status()} and {@link #billingCycle()} are always sent by Partner Center and required here: an answer
 * without one of them (or with JSON {@code null}) fails with a
 * {@link io.cspsdk.core.error.ResponseParseException} naming the path.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubscription.class)
@JsonDeserialize(as = ImmutableSubscription.class)
public abstract class Subscription {
  public abstract String id();

  public abstract Optional<String> entitlementId();

  /** The offer (legacy) or catalog item id ({@code productId:skuId:availabilityId}) the subscription is of. */
  public abstract String offerId();

  public abstract Optional<String> offerName();

  public abstract Optional<String> friendlyName();

  public abstract Optional<ProductType> productType();

  /** Seats (licence-based) or units; always sent by Partner Center. */
  public abstract int quantity();

  public abstract Optional<String> unitType();

  public abstract Optional<String> parentSubscriptionId();

  public abstract Optional<String> orderId();

  /** The indirect reseller's MPN id (two-tier only; absent for direct-sold subscriptions). */
  public abstract Optional<String> partnerId();

  public abstract Optional<OffsetDateTime> creationDate();

  public abstract Optional<OffsetDateTime> effectiveStartDate();

  public abstract Optional<OffsetDateTime> commitmentEndDate();

  public abstract Optional<OffsetDateTime> cancellationAllowedUntilDate();

  public abstract SubscriptionStatus status();

  /** Whether the subscription renews at term end; false when Partner Center omits it (usage-based offers). */
  @Value.Default
  public boolean autoRenewEnabled() {
    return false;
  }

  public abstract Optional<BillingType> billingType();

  public abstract BillingCycle billingCycle();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<TermDuration> renewalTermDuration();

  /** Whether this is a trial; false when Partner Center omits it. */
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
