package io.cspsdk.billing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One billing cycle of a report, dated the day after it ends. {@code amount} is the sum of the rounded lines;
 * {@code roundingDifference} is that sum minus the rounded sum of the exact line amounts.
 */
public record CycleSection(
    BillingPeriod period,
    List<SubscriptionSection> subscriptions,
    BigDecimal amount,
    BigDecimal cost,
    BigDecimal roundingDifference) {

  public CycleSection {
    subscriptions = List.copyOf(subscriptions);
  }

  public LocalDate billingDate() {
    return period.billingDate();
  }

  public BigDecimal margin() {
    return amount.subtract(cost);
  }
}
