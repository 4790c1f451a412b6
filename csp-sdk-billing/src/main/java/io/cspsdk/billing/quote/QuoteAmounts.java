package io.cspsdk.billing.quote;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the partner pays ({@link #cost()}) and charges ({@link #price()}) for one part of a quote, both rounded to
 * the currency's minor unit, in one currency. Margin is {@code price − cost}; its percent is of the price.
 */
public record QuoteAmounts(Money cost, Money price) {
  public QuoteAmounts {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(price, "price");
    if (!cost.currency().equals(price.currency())) {
      throw new ValidationException("price.currency", "must equal the cost's currency " + cost.currency()
          + ", was " + price.currency());
    }
  }

  /** Zero cost and price. */
  public static QuoteAmounts zero(String currency) {
    return new QuoteAmounts(Money.zero(currency), Money.zero(currency));
  }

  /** The sum of both. */
  public QuoteAmounts plus(QuoteAmounts other) {
    return new QuoteAmounts(cost.plus(other.cost), price.plus(other.price));
  }

  /** {@code price − cost}. */
  public Money margin() {
    return price.minus(cost);
  }

  /** The margin as a percentage of the price, 2 decimals half-up; zero when the price is zero. */
  public BigDecimal marginPercent() {
    if (price.amount().signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return margin().amount().multiply(BigDecimal.valueOf(100)).divide(price.amount(), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "cost " + cost + ", price " + price + ", margin " + margin() + " (" + marginPercent() + " %)";
  }
}
