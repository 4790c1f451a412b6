package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An upgrade (transition) of a subscription to another catalog item; request and result. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTransition.class)
@JsonDeserialize(as = ImmutableTransition.class)
public abstract class Transition {
  public abstract Optional<String> id();

  public abstract Optional<String> operationId();

  public abstract Optional<String> fromCatalogItemId();

  public abstract Optional<String> fromSubscriptionId();

  public abstract Optional<String> toCatalogItemId();

  public abstract Optional<String> toSubscriptionId();

  public abstract Optional<Integer> quantity();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<BillingCycle> billingCycle();

  public abstract Optional<TransitionType> transitionType();

  public abstract Optional<String> promotionId();

  public abstract Optional<String> status();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<TransitionEvent> events();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Transition}. */
  public static final class Builder extends ImmutableTransition.Builder {
    /** The target as a typed id (sent as {@code productId:skuId:availabilityId}). */
    public Builder toCatalogItemId(CatalogItemId toCatalogItemId) {
      return toCatalogItemId(java.util.Objects.requireNonNull(toCatalogItemId, "toCatalogItemId").toString());
    }
  }
}
