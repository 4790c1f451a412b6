package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A margin of the sales price: {@code price = cost / (1 − percent / 100)}; margin = (price − cost) / price.
 * Not to be confused with {@link Markup}: cost 10 sold at 20 is a 50 % margin and a 100 % markup.
 */
public final class Margin implements PriceAdjustment {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final BigDecimal percent;
  private final BigDecimal divisor;

  /** A margin of {@code percent} % of the price (below 100). */
  public Margin(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.compareTo(HUNDRED) >= 0) {
      throw new ValidationException("margin", "must be less than 100%, was " + percent.toPlainString() + "%");
    }
    this.percent = percent;
    this.divisor = BigDecimal.ONE.subtract(percent.movePointLeft(2));
  }

  public BigDecimal percent() {
    return percent;
  }

  /** A margin of {@code percent} % (a decimal string such as "20" or "33.3"). */
  public static Margin percent(String percent) {
    return new Margin(new BigDecimal(percent));
  }

  /** The margin a sale at {@code price} represents on {@code cost}, in percent at {@code scale} decimals. */
  public static Margin between(BigDecimal cost, BigDecimal price, int scale) {
    if (price.signum() == 0) {
      throw new ValidationException("price", "margin is undefined for a price of zero");
    }
    return new Margin(price.subtract(cost).multiply(HUNDRED).divide(price, scale, RoundingMode.HALF_UP));
  }

  /** The divisor of cost: {@code 1 − percent / 100}. */
  public BigDecimal divisor() {
    return divisor;
  }

  /** The price at this margin for {@code cost}, at {@code scale} decimals (HALF_UP). */
  public BigDecimal apply(BigDecimal cost, int scale) {
    return cost.divide(divisor, scale, RoundingMode.HALF_UP);
  }

  /** The equivalent markup: {@code margin / (1 − margin)}, in percent at {@code scale} decimals. */
  public Markup toMarkup(int scale) {
    return new Markup(percent.multiply(HUNDRED).divide(HUNDRED.subtract(percent), scale, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Margin && percent.equals(((Margin) o).percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  @Override
  public String toString() {
    return "margin " + percent.toPlainString() + "%";
  }
}
