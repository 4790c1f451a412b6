package io.cspsdk.billing.quote;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reseller's view of a quote: Microsoft's cost, the sales price and the margin of a new subscription or a seat
 * change, per billing period, for its first charge and for the (rest of the) term. All amounts are in
 * {@link #currency()}, each charge line rounded once (cost by Microsoft's rounding, price by the quoter's
 * rounding policy). {@link #forCustomer()} is the same quote without cost and margin.
 */
@Value.Immutable
@ModelStyle
public abstract class Quote {
  public abstract QuoteKind kind();

  public abstract String customerId();

  /** The subscription changed (seat changes only). */
  public abstract Optional<String> subscriptionId();

  public abstract String productId();

  public abstract String skuId();

  public abstract Optional<String> availabilityId();

  /** The product category the quote was priced with (category-scoped rules). */
  public abstract Optional<String> category();

  public abstract TermDuration termDuration();

  public abstract BillingCycle billingCycle();

  /** Seats after the purchase or change. */
  public abstract int quantity();

  /** Seats before a seat change. */
  public abstract Optional<Integer> previousQuantity();

  /** When the purchase or change takes effect (the quote's date). */
  public abstract Instant effectiveAt();

  /** The last day of the term the quote covers. */
  public abstract LocalDate termEndDate();

  public abstract String currency();

  /** The partner's cost of one seat for the whole term (scale ≥ 6). */
  public abstract BigDecimal unitCost();

  /** The sales price of one seat for the whole term (scale ≥ 6). */
  public abstract BigDecimal unitPrice();

  /** One full billing period (a month, a year, or the term for upfront billing) at {@link #quantity()} seats. */
  public abstract QuoteAmounts perPeriod();

  /**
   * What the purchase puts on its first invoice, or what a seat change charges at once (the prorated refund of the
   * old seats and charge of the new ones until the end of the current charge cycle; negative for a decrease).
   */
  public abstract QuoteAmounts firstCharge();

  /** The lines of {@link #firstCharge()}. */
  public abstract List<QuoteLine> firstChargeLines();

  /**
   * Everything billed from {@link #effectiveAt()} to {@link #termEndDate()}: the whole first term of a new
   * subscription; the immediate charge and the remaining cycles at the new quantity for a seat change.
   */
  public abstract QuoteAmounts term();

  /** The customer's view: prices only, no cost and no margin. */
  public CustomerQuote forCustomer() {
    return CustomerQuote.of(this);
  }

  /**
   * Whether {@code other} quotes the same prices: currency, unit cost and unit price, and the amounts of a full
   * billing period. (A first charge prorated to another date may still differ.)
   */
  public boolean samePricesAs(Quote other) {
    return currency().equals(other.currency())
        && unitCost().compareTo(other.unitCost()) == 0
        && unitPrice().compareTo(other.unitPrice()) == 0
        && perPeriod().equals(other.perPeriod());
  }

  /** {@link #unitPrice()} with its currency. */
  public Money unitPriceMoney() {
    return Money.of(unitPrice(), currency());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Quote} (to rebuild a stored quote; quotes are made by a {@link Quoter}). */
  public static final class Builder extends ImmutableQuote.Builder {}
}
