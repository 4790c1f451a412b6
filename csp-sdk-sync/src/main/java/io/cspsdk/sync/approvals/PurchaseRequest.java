package io.cspsdk.sync.approvals;

import io.cspsdk.billing.quote.Quote;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.TermDuration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to buy or change something for a customer: who asked, what, the quote the requester was shown, and an
 * idempotency key (a second submission with the same key is the same request).
 *
 * <ul>
 *   <li>{@link RequestKind#NEW_SUBSCRIPTION}: {@code catalogItemId}, {@code quantity}, {@code termDuration},
 *       {@code billingCycle};
 *   <li>{@link RequestKind#ADD_ON}: the same and {@code parentSubscriptionId};
 *   <li>{@link RequestKind#SEAT_CHANGE}: {@code subscriptionId} and the new {@code quantity};
 *   <li>{@link RequestKind#CANCELLATION}: {@code subscriptionId}.
 * </ul>
 */
@Value.Immutable
@ModelStyle
public abstract class PurchaseRequest {
  public abstract String idempotencyKey();

  public abstract RequestKind kind();

  public abstract String customerId();

  public abstract Requester requester();

  public abstract Optional<String> catalogItemId();

  public abstract Optional<String> parentSubscriptionId();

  public abstract Optional<String> subscriptionId();

  /** Seats to buy, or the new seat count of a seat change. */
  public abstract Optional<Integer> quantity();

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<BillingCycle> billingCycle();

  /** The quote the requester was shown (none for a cancellation). */
  public abstract Optional<Quote> quote();

  @Value.Check
  protected void check() {
    text("idempotencyKey", idempotencyKey());
    text("customerId", customerId());
    switch (kind()) {
      case NEW_SUBSCRIPTION, ADD_ON -> {
        String item = catalogItemId().orElseThrow(() -> missing("catalogItemId"));
        if (CatalogItemId.tryParse(item).isEmpty()) {
          throw new ValidationException("catalogItemId", "must be productId:skuId:availabilityId, was '" + item + "'");
        }
        quantityAtLeastOne();
        termDuration().orElseThrow(() -> missing("termDuration"));
        billingCycle().orElseThrow(() -> missing("billingCycle"));
        if (kind() == RequestKind.ADD_ON) {
          text("parentSubscriptionId", parentSubscriptionId().orElseThrow(() -> missing("parentSubscriptionId")));
        }
      }
      case SEAT_CHANGE -> {
        text("subscriptionId", subscriptionId().orElseThrow(() -> missing("subscriptionId")));
        quantityAtLeastOne();
      }
      case CANCELLATION -> text("subscriptionId", subscriptionId().orElseThrow(() -> missing("subscriptionId")));
      default -> throw new IllegalStateException("kind " + kind());
    }
    if (quote().isPresent() && !quote().get().customerId().equals(customerId())) {
      throw new ValidationException("quote.customerId", "must be the request's customer " + customerId()
          + ", was " + quote().get().customerId());
    }
  }

  private void quantityAtLeastOne() {
    int q = quantity().orElseThrow(() -> missing("quantity"));
    if (q < 1) {
      throw new ValidationException("quantity", "must be at least 1, was " + q);
    }
  }

  private ValidationException missing(String field) {
    return new ValidationException(field, "is required for " + kind());
  }

  private static void text(String field, String value) {
    if (value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link PurchaseRequest}. */
  public static final class Builder extends ImmutablePurchaseRequest.Builder {}
}
