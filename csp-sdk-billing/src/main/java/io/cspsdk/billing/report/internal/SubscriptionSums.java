package io.cspsdk.billing.report.internal;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.DetailKind;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The detail lines of one subscription, per billing cycle of the report: a short chain per cycle (a few detail
 * lines, searched in the order they were made), so that finding one costs few objects to reach.
 */
public final class SubscriptionSums {
  private final String customerId;
  private final String subscriptionId;
  /** The first detail line of each cycle, or null. */
  private final DetailSums[] byCycle;
  /** Another customer's subscription with the same id (ids are unique in practice). */
  SubscriptionSums next;

  SubscriptionSums(String customerId, String subscriptionId, int cycles) {
    this.customerId = customerId;
    this.subscriptionId = subscriptionId;
    this.byCycle = new DetailSums[cycles];
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
    DetailSums last = null;
    for (DetailSums d = byCycle[cycle]; d != null; d = d.next) {
      if (d.matches(kind, line, unitPrice6, unitPrice)) {
        return d;
      }
      last = d;
    }
    DetailSums made = new DetailSums(kind, line, unitPrice6, unitPrice, sequence);
    if (last == null) {
      byCycle[cycle] = made;
    } else {
      last.next = made;
    }
    return made;
  }

  /**
   * The section of {@code cycle} (null when the subscription has no line in it): lines in report order, named
   * after the product of the cycle's first line, totals summed from the rounded lines.
   */
  SubscriptionSection section(int cycle, int scale, RoundingMode mode) {
    DetailSums first = byCycle[cycle];
    if (first == null) {
      return null;
    }
    List<DetailLine> lines = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO.setScale(scale, mode);
    BigDecimal cost = amount;
    for (DetailSums d = first; d != null; d = d.next) {
      DetailLine line = d.toLine(scale, mode);
      lines.add(line);
      amount = amount.add(line.amount());
      cost = cost.add(line.cost());
      if (d.sequence() < first.sequence()) {
        first = d;
      }
    }
    lines.sort(DetailSums::compareForReport);
    return new SubscriptionSection(customerId, subscriptionId, first.productName(), lines, amount, cost);
  }
}
