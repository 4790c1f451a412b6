package io.cspsdk.billing.distributor;

import io.cspsdk.billing.distributor.ResellerInvoice.GroupTotal;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingPeriod;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.CycleSection;
import io.cspsdk.billing.report.SubscriptionSection;
import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The distributor's billing periods: attributed cost lines are recorded as they arrive (Microsoft's lines, the
 * charge engine's), and {@link #close} issues one {@link ResellerInvoice} per reseller for the next billing cycle
 * of the calendar. A line dated in a period already closed is never added to its issued invoice: it is invoiced
 * with the next period closed, as an adjustment. Periods close in order. Not thread-safe.
 */
public final class DistributorLedger {
  private final BillingCalendar calendar;
  private final ResellerPricing pricing;
  private final List<AttributedLine> pending = new ArrayList<>();
  private final Map<BillingPeriod, List<ResellerInvoice>> issued = new LinkedHashMap<>();
  private LocalDate closedThrough;

  public DistributorLedger(BillingCalendar calendar, ResellerPricing pricing) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
  }

  /** Records a line for the period of its transaction date (or, if that period is closed, the next one closed). */
  public void record(AttributedLine line) {
    pending.add(Objects.requireNonNull(line, "line"));
  }

  /** The period of {@code date} in the ledger's calendar. */
  public BillingPeriod periodOf(LocalDate date) {
    return calendar.periodContaining(date);
  }

  /** Whether the period has been closed. */
  public boolean isClosed(BillingPeriod period) {
    return closedThrough != null && !period.end().isAfter(closedThrough);
  }

  /**
   * Closes {@code period} (the one after the last closed, or any period for the first close) and issues the
   * resellers' invoices: lines dated in it as charges, lines dated before it and not yet invoiced as adjustments.
   *
   * @throws PeriodClosedException when it is closed already or a period before it is still open
   */
  public List<ResellerInvoice> close(BillingPeriod period) {
    Objects.requireNonNull(period, "period");
    if (isClosed(period)) {
      throw new PeriodClosedException(period + " is closed already; its invoices are issued");
    }
    if (closedThrough != null && !period.start().equals(closedThrough.plusDays(1))) {
      throw new PeriodClosedException("the period starting " + closedThrough.plusDays(1) + " must be closed before "
          + period);
    }
    Map<String, List<AttributedLine>> charges = new TreeMap<>();
    Map<String, List<AttributedLine>> adjustments = new TreeMap<>();
    List<AttributedLine> later = new ArrayList<>();
    for (AttributedLine l : pending) {
      LocalDate d = l.line().transactionDate();
      if (period.contains(d)) {
        charges.computeIfAbsent(l.resellerId(), k -> new ArrayList<>()).add(l);
      } else if (d.isBefore(period.start())) {
        adjustments.computeIfAbsent(l.resellerId(), k -> new ArrayList<>()).add(l);
      } else {
        later.add(l);
      }
    }
    List<ResellerInvoice> invoices = new ArrayList<>();
    TreeMap<String, Boolean> resellers = new TreeMap<>();
    charges.keySet().forEach(r -> resellers.put(r, true));
    adjustments.keySet().forEach(r -> resellers.put(r, true));
    for (String reseller : resellers.keySet()) {
      invoices.add(invoice(reseller, period, charges.getOrDefault(reseller, List.of()),
          adjustments.getOrDefault(reseller, List.of())));
    }
    pending.clear();
    pending.addAll(later);
    closedThrough = period.end();
    issued.put(period, List.copyOf(invoices));
    return List.copyOf(invoices);
  }

  /** The invoices issued when {@code period} was closed (empty when it is open). */
  public List<ResellerInvoice> invoices(BillingPeriod period) {
    return issued.getOrDefault(period, List.of());
  }

  private ResellerInvoice invoice(String reseller, BillingPeriod period, List<AttributedLine> charged,
                                  List<AttributedLine> adjusted) {
    String currency = (charged.isEmpty() ? adjusted : charged).get(0).line().billingCurrency();
    BillingReport chargeReport = report(period.end(), period.end(), charged, reseller, currency);
    Optional<BillingReport> adjustmentReport = Optional.empty();
    if (!adjusted.isEmpty()) {
      LocalDate first = adjusted.stream().map(l -> calendar.periodContaining(l.line().transactionDate()).end())
          .min(LocalDate::compareTo).orElseThrow();
      adjustmentReport = Optional.of(report(first, period.start().minusDays(1), adjusted, reseller, currency));
    }
    Map<String, Optional<String>> lite = new TreeMap<>();
    charged.forEach(l -> lite.put(l.line().customerId(), l.liteResellerId()));
    adjusted.forEach(l -> lite.putIfAbsent(l.line().customerId(), l.liteResellerId()));
    List<GroupTotal> groups = new ArrayList<>();
    Optional<BillingReport> adj = adjustmentReport;
    lite.entrySet().stream()
        .sorted(Map.Entry.comparingByValue((a, b) -> a.orElse("").compareTo(b.orElse(""))))
        .forEach(e -> groups.add(new GroupTotal(e.getValue(), e.getKey(), byCustomer(chargeReport, e.getKey()),
            adj.map(r -> byCustomer(r, e.getKey())).orElse(BigDecimal.ZERO))));
    return new ResellerInvoice(reseller, period, chargeReport, adjustmentReport, groups);
  }

  private BillingReport report(LocalDate from, LocalDate to, List<AttributedLine> lines, String reseller,
                               String currency) {
    Predicate<AttributedLine> sameCurrency = l -> l.line().billingCurrency().equals(currency);
    lines.stream().filter(sameCurrency.negate()).findFirst().ifPresent(l -> {
      throw new ValidationException("line.billingCurrency", "reseller " + reseller + " is invoiced in " + currency
          + ", line of subscription " + l.line().subscriptionId() + " is in " + l.line().billingCurrency());
    });
    return BillingReportBuilder.create(calendar, from, to).currency(currency)
        .addAll(lines.stream().map(AttributedLine::line), pricing.chainFor(reseller)).build();
  }

  private static BigDecimal byCustomer(BillingReport report, String customerId) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CycleSection c : report.cycles()) {
      for (SubscriptionSection s : c.subscriptions()) {
        if (s.customerId().equals(customerId)) {
          sum = sum.add(s.amount());
        }
      }
    }
    return sum;
  }
}
