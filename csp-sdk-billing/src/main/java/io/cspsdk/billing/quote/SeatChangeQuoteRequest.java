package io.cspsdk.billing.quote;

import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ModelStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to quote for a seat change: the subscription's history so far (its purchase at the locked price, renewals
 * and earlier seat changes; it must name its customer and product) and the new seat count at an instant.
 */
@Value.Immutable
@ModelStyle
public abstract class SeatChangeQuoteRequest {
  public abstract SubscriptionTimeline subscription();

  public abstract int newQuantity();

  /** When the change would be made (UTC). */
  public abstract Instant changedAt();

  /** The product's category, for category-scoped pricing rules. */
  public abstract Optional<String> category();

  @Value.Check
  protected void check() {
    if (newQuantity() < 1) {
      throw new ValidationException("newQuantity", "must be at least 1 (cancel instead), was " + newQuantity());
    }
    if (subscription().customerId().isEmpty()) {
      throw new ValidationException("subscription.customerId", "must be set to price the change");
    }
    if (subscription().purchase().productId().isEmpty()) {
      throw new ValidationException("subscription.purchase.productId", "must be set to price the change");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link SeatChangeQuoteRequest}; a date means the start of that UTC day. */
  public static final class Builder extends ImmutableSeatChangeQuoteRequest.Builder {
    public Builder changeDate(LocalDate date) {
      return changedAt(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }
}
