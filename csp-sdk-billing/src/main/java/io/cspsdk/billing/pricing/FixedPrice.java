package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import java.util.Objects;

/**
 * A fixed sales price per unit for the whole term (like Microsoft's unit price), whatever the cost. Prorated
 * lines get the same proration as their cost line. A price in another currency than the tier's is converted with
 * the tier's explicit exchange rates.
 */
public record FixedPrice(Money unitPrice) implements PriceAdjustment {
  public FixedPrice {
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (unitPrice.isNegative()) {
      throw new ValidationException("fixedPrice", "must not be negative, was " + unitPrice);
    }
  }

  /** A fixed price, e.g. {@code FixedPrice.of("14.40", "EUR")}. */
  public static FixedPrice of(String amount, String currency) {
    return new FixedPrice(Money.of(amount, currency));
  }

  @Override
  public String toString() {
    return "fixed price " + unitPrice;
  }
}
