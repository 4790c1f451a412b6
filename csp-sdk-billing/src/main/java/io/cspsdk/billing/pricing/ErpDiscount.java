package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A discount off Microsoft's estimated retail price (ERP): {@code price = erp × (1 − percent / 100)}. Needs an
 * ERP price list on the tier.
 */
public record ErpDiscount(BigDecimal percent) implements PriceAdjustment {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ErpDiscount {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new ValidationException(
          "erpDiscount", "must be between 0% and 100%, was " + percent.toPlainString() + "%");
    }
  }

  /** A discount of {@code percent} % off ERP. */
  public static ErpDiscount percent(String percent) {
    return new ErpDiscount(new BigDecimal(percent));
  }

  /** The price at this discount off {@code erp} (exact). */
  public BigDecimal apply(BigDecimal erp) {
    return erp.multiply(BigDecimal.ONE.subtract(percent.movePointLeft(2)));
  }

  @Override
  public String toString() {
    return "ERP discount " + percent.toPlainString() + "%";
  }
}
