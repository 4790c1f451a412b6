package io.cspsdk.billing.quote;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to quote for a new subscription (or add-on): a catalog item, seats, term and billing cycle for a customer
 * at an instant. The cost is {@link #unitCost()} when given, else the {@link Quoter}'s {@link CostSource}.
 */
@Value.Immutable
@ModelStyle
public abstract class PurchaseQuoteRequest {
  public abstract String customerId();

  public abstract String productId();

  public abstract String skuId();

  public abstract Optional<String> availabilityId();

  /** The product's category, for category-scoped pricing rules. */
  public abstract Optional<String> category();

  public abstract TermDuration termDuration();

  public abstract BillingCycle billingCycle();

  public abstract int quantity();

  /** When the purchase would be made (UTC). */
  public abstract Instant purchasedAt();

  /** The partner's cost of one seat for the whole term, when the caller knows it (overrides the cost source). */
  public abstract Optional<Money> unitCost();

  /** A shortened first term (an add-on coterminous with its base, calendar-month alignment): prorated. */
  public abstract Optional<LocalDate> customTermEndDate();

  /** The UTC date of {@link #purchasedAt()}. */
  public LocalDate purchaseDate() {
    return LocalDate.ofInstant(purchasedAt(), ZoneOffset.UTC);
  }

  @Value.Check
  protected void check() {
    require("customerId", customerId());
    require("productId", productId());
    require("skuId", skuId());
    if (quantity() < 1) {
      throw new ValidationException("quantity", "must be at least 1, was " + quantity());
    }
    if (unitCost().isPresent() && unitCost().get().isNegative()) {
      throw new ValidationException("unitCost", "must not be negative, was " + unitCost().get());
    }
  }

  static void require(String field, String value) {
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

  /** Builder of {@link PurchaseQuoteRequest}; a date means the start of that UTC day. */
  public static final class Builder extends ImmutablePurchaseQuoteRequest.Builder {
    public Builder purchaseDate(LocalDate date) {
      return purchasedAt(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }
}
