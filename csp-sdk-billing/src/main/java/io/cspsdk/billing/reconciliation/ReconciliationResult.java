package io.cspsdk.billing.reconciliation;

import io.cspsdk.billing.report.CostLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of comparing Microsoft's lines with the expected ones: matched lines are only counted and summed;
 * missing (expected, not billed), unexpected (billed, not expected) and amount differences are listed.
 */
public record ReconciliationResult(
    long matchedCount,
    BigDecimal matchedAmount,
    List<CostLine> missing,
    List<CostLine> unexpected,
    List<AmountDifference> differences,
    String currency) {

  public ReconciliationResult {
    missing = List.copyOf(missing);
    unexpected = List.copyOf(unexpected);
    differences = List.copyOf(differences);
  }

  /** Whether every line matched within the tolerance. */
  public boolean isClean() {
    return missing.isEmpty() && unexpected.isEmpty() && differences.isEmpty();
  }
}
