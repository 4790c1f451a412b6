package io.cspsdk.testkit.internal.handlers;

import io.cspsdk.testkit.internal.catalog.CatalogItem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The fake's price list: monthly list price per seat for a 1-year term, +20 % for monthly terms. */
public final class Pricing {
  private static final BigDecimal MONTHLY_TERM_UPLIFT = new BigDecimal("1.20");

  private Pricing() {}

  /** Price per seat per month for this term. */
  public static BigDecimal monthlyUnitPrice(CatalogItem item, String termDuration) {
    BigDecimal p = item.monthlyPrice();
    if ("P1M".equalsIgnoreCase(termDuration)) {
      p = p.multiply(MONTHLY_TERM_UPLIFT);
    }
    return p.setScale(2, RoundingMode.HALF_UP);
  }

  /** Price per seat per billing period (a month, or a year for annual billing). */
  public static BigDecimal unitPrice(CatalogItem item, String termDuration, String billingCycle) {
    BigDecimal m = monthlyUnitPrice(item, termDuration);
    return "annual".equalsIgnoreCase(billingCycle) ? m.multiply(BigDecimal.valueOf(12)) : m;
  }
}
