package io.cspsdk.billing.report.internal;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.DetailKind;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The detail lines of one subscription, per billing cycle of the report (a few per cycle, searched in order). */
public final class SubscriptionSums {
  private static final DetailSums[] NONE = new DetailSums[0];
  private final String customerId;
  private final String subscriptionId;
  private final DetailSums[][] byCycle;
  private final int[] counts;
  /** Another customer's subscription with the same id (ids are unique in practice). */
  SubscriptionSums next;

  SubscriptionSums(String customerId, String subscriptionId, int cycles) {
    this.customerId = customerId;
    this.subscriptionId = subscriptionId;
    this.byCycle = new DetailSums[cycles][];
    Arrays.fill(byCycle, NONE);
    this.counts = new int[cycles];
  }

  String customerId() {
    return customerId;
  }

  String subscriptionId() {
    return subscriptionId;
  }

  boolean is(String customer, String subscription) {
    return subscriptionId.equals(subscription) && customerId.equals(customer);
  }

  /** The detail line of {@code cycle} that the line belongs to, made when it is the first. */
  DetailSums detail(int cycle, DetailKind kind, CostLine line, long unitPrice6, BigDecimal unitPrice, long sequence) {
    DetailSums[] details = byCycle[cycle];
    int n = counts[cycle];
    for (int i = 0; i < n; i++) {
      if (details[i].matches(kind, line, unitPrice6, unitPrice)) {
        return details[i];
      }
    }
    if (n == details.length) {
      details = Arrays.copyOf(details, Math.max(4, n * 2));
      byCycle[cycle] = details;
    }
    DetailSums d = new DetailSums(kind, line, unitPrice6, unitPrice, sequence);
    details[n] = d;
    counts[cycle] = n + 1;
    return d;
  }

  /**
   * The section of {@code cycle} (null when the subscription has no line in it): lines in report order, named
   * after the product of the cycle's first line, totals summed from the rounded lines.
   */
  SubscriptionSection section(int cycle, int scale, RoundingMode mode) {
    int n = counts[cycle];
    if (n == 0) {
      return null;
    }
    DetailSums[] details = byCycle[cycle];
    List<DetailLine> lines = new ArrayList<>(n);
    BigDecimal amount = BigDecimal.ZERO.setScale(scale, mode);
    BigDecimal cost = amount;
    DetailSums first = details[0];
    for (int i = 0; i < n; i++) {
      DetailLine line = details[i].toLine(scale, mode);
      lines.add(line);
      amount = amount.add(line.amount());
      cost = cost.add(line.cost());
      if (details[i].sequence() < first.sequence()) {
        first = details[i];
      }
    }
    lines.sort(DetailSums::compareForReport);
    return new SubscriptionSection(customerId, subscriptionId, first.productName(), lines, amount, cost);
  }
}
