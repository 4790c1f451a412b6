package io.cspsdk.billing.report;

import java.math.BigDecimal;
import java.util.List;

/** The detail lines of one subscription in one billing cycle, with totals (sums of the rounded lines). */
public record SubscriptionSection(
    String customerId,
    String subscriptionId,
    String productName,
    List<DetailLine> lines,
    BigDecimal amount,
    BigDecimal cost) {

  public SubscriptionSection {
    lines = List.copyOf(lines);
  }

  public BigDecimal margin() {
    return amount.subtract(cost);
  }
}
