package io.cspsdk.billing.charges;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The purchase that starts a subscription timeline: term, billing frequency, seats and the price of one seat
 * for the <em>whole term</em> (as on Microsoft's price list; P1Y billed monthly is charged 1/12 of it a month).
 *
 * <p>Deadlines returned by the live API ({@code cancellationAllowedUntilDate}, {@code refundOptions[].expiresAt})
 * can be given explicitly; otherwise 168 h (cancellation) and 24 h (full refund) after the purchase instant, UTC.
 * {@link Builder#purchaseDate(LocalDate)} sets the purchase instant to the start of that UTC day.
 */
@Value.Immutable
@ModelStyle
public abstract class Purchase {
  /** When the subscription was bought (UTC). */
  public abstract Instant purchasedAt();

  public abstract TermDuration termDuration();

  /** Billing frequency; {@code one_time} (alias {@code upfront}) charges the whole term at once. */
  public abstract BillingCycle billingCycle();

  public abstract int quantity();

  /** Price of one seat for the whole term, in {@link #currency()}. */
  public abstract BigDecimal unitPrice();

  /** ISO 4217 code of the prices and charge lines. */
  public abstract String currency();

  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> availabilityId();

  /** A shortened first term (coterminosity, calendar month end); the first term is then prorated. */
  public abstract Optional<LocalDate> customTermEndDate();

  /** Partner Center's {@code cancellationAllowedUntilDate} for the first term, when known. */
  public abstract Optional<Instant> cancellationAllowedUntil();

  /** Until when a cancellation is refunded in full (Partner Center's full-refund option), when known. */
  public abstract Optional<Instant> fullRefundUntil();

  /** Whether the subscription renews at term end (suspension turns it off). */
  @Value.Default
  public boolean autoRenew() {
    return true;
  }

  /** The UTC date of {@link #purchasedAt()}. */
  public LocalDate purchaseDate() {
    return LocalDate.ofInstant(purchasedAt(), ZoneOffset.UTC);
  }

  @Value.Check
  protected void check() {
    if (quantity() < 1) {
      throw new ValidationException("purchase.quantity", "must be at least 1, was " + quantity());
    }
    if (unitPrice().signum() < 0) {
      throw new ValidationException("purchase.unitPrice", "must not be negative, was " + unitPrice());
    }
    String c = currency();
    if (c.length() != 3 || !c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      throw new ValidationException("purchase.currency", "must be an upper-case 3-letter ISO 4217 code, was '" + c + "'");
    }
    if (customTermEndDate().isPresent() && customTermEndDate().get().isBefore(purchaseDate())) {
      throw new ValidationException("purchase.customTermEndDate",
          "must not be before the purchase date " + purchaseDate() + ", was " + customTermEndDate().get());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Purchase}. */
  public static final class Builder extends ImmutablePurchase.Builder {
    /** Sets {@link #purchasedAt()} to the start of {@code date} in UTC. */
    public Builder purchaseDate(LocalDate date) {
      return purchasedAt(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }
}
