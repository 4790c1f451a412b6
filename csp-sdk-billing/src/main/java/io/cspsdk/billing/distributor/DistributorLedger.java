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
 * with the next period closed, as an adjustment. Periods close in order. The periods closed and the invoices
 * issued live in a {@link LedgerStore} (in memory by default): a close is all or nothing, and of two ledgers on one
 * store closing the same period only the first succeeds; recorded lines not yet invoiced live in the store too, so
 * that ledgers on one store share them and each line is invoiced once. Not thread-safe.
 */
public final class DistributorLedger {
  private final BillingCalendar calendar;
  private final ResellerPricing pricing;
  private final LedgerStore store;

  /** A ledger keeping its closed periods and invoices in memory. */
  public DistributorLedger(BillingCalendar calendar, ResellerPricing pricing) {
    this(calendar, pricing, new InMemoryLedgerStore());
  }

  /** A ledger keeping its closed periods and invoices in {@code store}. */
  public DistributorLedger(BillingCalendar calendar, ResellerPricing pricing, LedgerStore store) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.pricing = Objects.requireNonNull(pricing, "pricing");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Records a line for the period of its transaction date (or, if that period is closed, the next one closed). */
  public void record(AttributedLine line) {
    store.record(Objects.requireNonNull(line, "line"));
  }

  /** The period of {@code date} in the ledger's calendar. */
  public BillingPeriod periodOf(LocalDate date) {
    return calendar.periodContaining(date);
  }

  /** Whether the period has been closed. */
  public boolean isClosed(BillingPeriod period) {
    return isClosed(period, store.closedThrough());
  }

  private static boolean isClosed(BillingPeriod period, Optional<LocalDate> closedThrough) {
    return closedThrough.isPresent() && !period.end().isAfter(closedThrough.get());
  }

  /**
   * Closes {@code period} (the one after the last closed, or any period for the first close) and issues the
   * resellers' invoices: lines dated in it as charges, lines dated before it and not yet invoiced as adjustments.
   * The close and its invoices are stored all or nothing; when refused, the recorded lines stay as they were.
   *
   * @throws PeriodClosedException when it is closed already (here or by another ledger on the same store) or a
   *     period before it is still open
   */
  public List<ResellerInvoice> close(BillingPeriod period) {
    Objects.requireNonNull(period, "period");
    Optional<LocalDate> closedThrough = store.closedThrough();
    if (isClosed(period, closedThrough)) {
      throw new PeriodClosedException(period + " is closed already; its invoices are issued");
    }
    if (closedThrough.isPresent() && !period.start().equals(closedThrough.get().plusDays(1))) {
      throw new PeriodClosedException("the period starting " + closedThrough.get().plusDays(1)
          + " must be closed before " + period);
    }
    Map<String, List<AttributedLine>> charges = new TreeMap<>();
    Map<String, List<AttributedLine>> adjustments = new TreeMap<>();
    List<LedgerStore.Recorded> pending = store.pending();
    for (AttributedLine l : pending.stream().map(LedgerStore.Recorded::line).toList()) {
      LocalDate d = l.line().transactionDate();
      if (period.contains(d)) {
        charges.computeIfAbsent(l.resellerId(), k -> new ArrayList<>()).add(l);
      } else if (d.isBefore(period.start())) {
        adjustments.computeIfAbsent(l.resellerId(), k -> new ArrayList<>()).add(l);
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
    store.close(closedThrough, period, List.copyOf(invoices),
        pending.stream().mapToLong(LedgerStore.Recorded::seq).max().orElse(0));
    return List.copyOf(invoices);
  }

  /** The invoices issued when {@code period} was closed (empty when it is open). */
  public List<ResellerInvoice> invoices(BillingPeriod period) {
    return store.invoices(period);
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
