package io.cspsdk.billing.charges;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Microsoft-cost charge line as it appears on the reconciliation file, in the partner's billing currency.
 *
 * <p>Sign convention: {@link #quantity()} and {@link #unitPrice()} are never negative; a refund carries a negative
 * {@link #effectiveUnitPrice()} and a negative {@link #amount()} (e.g. the refund half of a wipe-and-recreate
 * pair: quantity 10, effectiveUnitPrice -11.225806, amount -112.25). {@link #amount()} is rounded to 2 decimals
 * by the line's rounding preset; {@link #effectiveUnitPrice()} is kept exact at scale 6 or more, except under
 * per-unit truncation where it is the truncated 2-decimal price the amount was computed from.
 *
 * <p>The currency is the ISO 4217 code of {@link #amount()} ({@link #money()} combines both). The two lines of a
 * wipe-and-recreate pair share one {@link #referenceId()}.
 */
@Value.Immutable
@ModelStyle
public abstract class ChargeLine {
  /** The subscription charged. */
  public abstract String subscriptionId();

  /** The customer tenant, when known. */
  public abstract Optional<String> customerId();

  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> availabilityId();

  /** Microsoft's charge type ({@code new}, {@code cycleCharge}, {@code addQuantity}, "Cycle fee", ...). */
  public abstract ChargeType chargeType();

  /** First day charged (inclusive, UTC calendar date). */
  public abstract LocalDate chargeStartDate();

  /** Last day charged (inclusive, UTC calendar date). */
  public abstract LocalDate chargeEndDate();

  /** Seats charged or refunded by this line (never negative). */
  public abstract int quantity();

  /** Price of one seat for the whole term, as on the price list (never negative). */
  public abstract BigDecimal unitPrice();

  /** Price of one seat for the charged days; negative on refunds. */
  public abstract BigDecimal effectiveUnitPrice();

  /** The line total at 2 decimals; negative on refunds. */
  public abstract BigDecimal amount();

  /** ISO 4217 code of the amounts (upper case). */
  public abstract String currency();

  public abstract TermDuration termDuration();

  public abstract BillingCycle billingCycle();

  /** Links the lines of one event (the refund and charge of a wipe-and-recreate pair share it). */
  public abstract String referenceId();

  public abstract Optional<String> description();

  /**
   * The UTC date the charge was incurred (purchase, renewal, cycle start, seat change, cancellation). It selects the
   * invoice: the calendar month in new commerce, the billing-day period in legacy. Defaults to
   * {@link #chargeStartDate()}; differs from it e.g. for a full cancellation refund (the cancellation date).
   */
  @Value.Default
  public LocalDate eventDate() {
    return chargeStartDate();
  }

  /** {@link #amount()} with its currency. */
  public Money money() {
    return Money.of(amount(), currency());
  }

  @Value.Check
  protected void check() {
    if (chargeEndDate().isBefore(chargeStartDate())) {
      throw new IllegalStateException("chargeEndDate: must not be before chargeStartDate (" + chargeStartDate()
          + " > " + chargeEndDate() + ")");
    }
    if (quantity() < 0) {
      throw new IllegalStateException("quantity: must not be negative, was " + quantity());
    }
    if (unitPrice().signum() < 0) {
      throw new IllegalStateException("unitPrice: must not be negative, was " + unitPrice());
    }
    String c = currency();
    if (c.length() != 3 || !isUpper(c.charAt(0)) || !isUpper(c.charAt(1)) || !isUpper(c.charAt(2))) {
      throw new IllegalStateException("currency: must be an upper-case 3-letter ISO 4217 code, was '" + c + "'");
    }
  }

  private static boolean isUpper(char ch) {
    return ch >= 'A' && ch <= 'Z';
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ChargeLine}. */
  public static final class Builder extends ImmutableChargeLine.Builder {}
}
