package io.cspsdk.billing.internal;

import io.cspsdk.billing.report.CostLine;

/**
 * Prices a line in {@link Scaled} values when it can do so exactly; a report builder falls back to the
 * {@code PricingChain} for the other lines. Holds caches for one run: not thread-safe.
 */
public interface LinePricer {
  /**
   * Prices {@code line} into {@code out} and returns true, or returns false (leaving {@code out} undefined) when
   * the line needs the general path: a value with more than 6 decimals or too large, an exchange rate, a
   * fractional quantity, an ERP discount or guard, no applicable rule.
   */
  boolean price(CostLine line, ScaledPrice out);
}
