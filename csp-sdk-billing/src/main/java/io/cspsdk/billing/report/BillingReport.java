package io.cspsdk.billing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer billing report: one section per billing cycle ending in {@code from..to}, grouped billing date →
 * subscription → detail lines, with cost and margin for the reseller (the CSV customer view leaves them out).
 * Totals are sums of rounded lines; {@link #roundingDifference()} shows how far they are from the rounded exact
 * total. Build one with {@link BillingReportBuilder}.
 */
public record BillingReport(
    LocalDate from,
    LocalDate to,
    int billingDay,
    String currency,
    List<CycleSection> cycles,
    BigDecimal amount,
    BigDecimal cost,
    BigDecimal roundingDifference,
    long lineCount,
    long skippedLineCount) {

  public BillingReport {
    cycles = List.copyOf(cycles);
  }

  public BigDecimal margin() {
    return amount.subtract(cost);
  }
}
