package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A markup on cost: {@code price = cost × (1 + percent / 100)}; markup = (price − cost) / cost. Not to be
 * confused with {@link Margin}: cost 10 sold at 20 is a 100 % markup and a 50 % margin.
 */
public final class Markup implements PriceAdjustment {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final BigDecimal percent;
  private final BigDecimal factor;

  /** A markup of {@code percent} % (100 doubles the cost). */
  public Markup(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.compareTo(HUNDRED.negate()) <= 0) {
      throw new ValidationException("markup", "must be greater than -100%, was " + percent.toPlainString() + "%");
    }
    this.percent = percent;
    this.factor = BigDecimal.ONE.add(percent.movePointLeft(2));
  }

  public BigDecimal percent() {
    return percent;
  }

  /** A markup of {@code percent} % (a decimal string such as "25" or "12.5"). */
  public static Markup percent(String percent) {
    return new Markup(new BigDecimal(percent));
  }

  /** The markup a sale at {@code price} represents on {@code cost}, in percent at {@code scale} decimals. */
  public static Markup between(BigDecimal cost, BigDecimal price, int scale) {
    if (cost.signum() == 0) {
      throw new ValidationException("cost", "markup is undefined for a cost of zero");
    }
    return new Markup(price.subtract(cost).multiply(HUNDRED).divide(cost, scale, RoundingMode.HALF_UP));
  }

  /** The factor cost is multiplied by: {@code 1 + percent / 100}. */
  public BigDecimal factor() {
    return factor;
  }

  /** The price at this markup on {@code cost} (exact). */
  public BigDecimal apply(BigDecimal cost) {
    return cost.multiply(factor);
  }

  /** The equivalent margin: {@code markup / (1 + markup)}, in percent at {@code scale} decimals. */
  public Margin toMargin(int scale) {
    return new Margin(percent.multiply(HUNDRED).divide(HUNDRED.add(percent), scale, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Markup && percent.equals(((Markup) o).percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  @Override
  public String toString() {
    return "markup " + percent.toPlainString() + "%";
  }
}
