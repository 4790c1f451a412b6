package io.cspsdk.billing.reconciliation;

import io.cspsdk.billing.report.CostLine;
import java.math.BigDecimal;

/** A line present on both sides whose amounts differ by more than the tolerance. */
public record AmountDifference(CostLine expected, CostLine actual) {
  /** {@code actual − expected} (billing currency). */
  public BigDecimal difference() {
    return actual.amount().subtract(expected.amount());
  }
}
