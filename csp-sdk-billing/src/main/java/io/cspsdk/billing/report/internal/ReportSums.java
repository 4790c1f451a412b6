package io.cspsdk.billing.report.internal;

import io.cspsdk.billing.internal.StringMap;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.DetailKind;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The detail lines of a report while it is built, by subscription then cycle: one map look-up by subscription id
 * per line (none for runs of one subscription), then a search among the few detail lines of that subscription's
 * cycle. Memory grows with subscriptions × cycles × distinct detail lines, not with the number of lines.
 */
public final class ReportSums {
  private final int cycles;
  private final StringMap<SubscriptionSums> bySubscription = new StringMap<>();
  private SubscriptionSums last;

  public ReportSums(int cycles) {
    this.cycles = cycles;
  }

  /**
   * Adds a line's scaled quantity, amount and cost to the detail line of {@code cycle} it belongs to, made (with
   * {@code sequence}) when it is the first; {@code unitPrice} is the price when {@code unitPrice6} is
   * {@link io.cspsdk.billing.internal.Scaled#NONE}.
   */
  public void add(int cycle, DetailKind kind, CostLine line, long unitPrice6, BigDecimal unitPrice, long sequence,
      long quantity6, long amount6, long cost6) {
    SubscriptionSums s = subscription(line.customerId(), line.subscriptionId());
    s.add(s.entry(cycle, kind, line, unitPrice6, unitPrice, sequence), quantity6, amount6, cost6);
  }

  /** As {@link #add(int, DetailKind, CostLine, long, BigDecimal, long, long, long, long)}, in exact values. */
  public void add(int cycle, DetailKind kind, CostLine line, long unitPrice6, BigDecimal unitPrice, long sequence,
      BigDecimal quantity, BigDecimal amount, BigDecimal cost) {
    SubscriptionSums s = subscription(line.customerId(), line.subscriptionId());
    s.add(s.entry(cycle, kind, line, unitPrice6, unitPrice, sequence), quantity, amount, cost);
  }

  private SubscriptionSums subscription(String customerId, String subscriptionId) {
    SubscriptionSums s = last;
    if (s != null && s.is(customerId, subscriptionId)) {
      return s;
    }
    SubscriptionSums head = bySubscription.get(subscriptionId);
    for (s = head; s != null && !s.is(customerId, subscriptionId); s = s.next) {
      // another customer's subscription with the same id
    }
    if (s == null) {
      s = new SubscriptionSums(customerId, subscriptionId, cycles);
      s.next = head;
      bySubscription.put(subscriptionId, s);
    }
    last = s;
    return s;
  }

  /** The sections of {@code cycle} (amounts rounded to {@code scale} with {@code mode}), by customer then subscription. */
  public List<SubscriptionSection> sections(int cycle, int scale, RoundingMode mode, List<SubscriptionSums> sorted) {
    List<SubscriptionSection> sections = new ArrayList<>();
    for (SubscriptionSums s : sorted) {
      SubscriptionSection section = s.section(cycle, scale, mode);
      if (section != null) {
        sections.add(section);
      }
    }
    return sections;
  }

  /** Every subscription, by customer id then subscription id. */
  public List<SubscriptionSums> sorted() {
    List<SubscriptionSums> all = new ArrayList<>(bySubscription.size());
    for (SubscriptionSums head : bySubscription.values()) {
      for (SubscriptionSums s = head; s != null; s = s.next) {
        all.add(s);
      }
    }
    all.sort(
        Comparator.comparing(SubscriptionSums::customerId).thenComparing(SubscriptionSums::subscriptionId));
    return all;
  }
}
