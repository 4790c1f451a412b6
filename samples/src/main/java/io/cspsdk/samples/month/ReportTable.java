package io.cspsdk.samples.month;

import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.CycleSection;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The customer billing report on the terminal: totals per customer, then date → subscription → detail lines. */
final class ReportTable {
  private final Console console;
  private final BillingReport report;
  private final Map<String, String> names;

  ReportTable(Console console, BillingReport report, Map<String, String> names) {
    this.console = console;
    this.report = report;
    this.names = names;
  }

  void printTotals() {
    List<List<String>> rows = new ArrayList<>();
    for (ReportTotals t : ReportTotals.of(report, names)) {
      rows.add(List.of(t.name(), Integer.toString(t.subscriptions()), money(t.cost()), money(t.amount()),
          money(t.margin()), t.marginPercent().toPlainString()));
    }
    rows.add(List.of("-"));
    rows.add(List.of("all customers", "", money(report.cost()), money(report.amount()), money(report.margin()),
        new ReportTotals("", "", 0, report.cost(), report.amount()).marginPercent().toPlainString()));
    console.table("    ", List.of("customer", "subs", "Microsoft cost", "sales price", "margin", "margin %"), rows,
        false, true, true, true, true, true);
  }

  /** The report's sections of the given customers: billing date, subscription, its lines. */
  void printDetail(Set<String> customerIds) {
    for (CycleSection cycle : report.cycles()) {
      console.blank();
      console.raw("    Billing date " + cycle.billingDate() + " (cycle " + cycle.period().start() + " to "
          + cycle.period().end() + "), " + report.currency());
      for (String customerId : customerIds) {
        List<SubscriptionSection> subs = cycle.subscriptions().stream()
            .filter(s -> s.customerId().equals(customerId)).toList();
        if (subs.isEmpty()) {
          continue;
        }
        console.blank();
        console.raw("    " + names.getOrDefault(customerId, customerId));
        List<List<String>> rows = new ArrayList<>();
        for (SubscriptionSection s : subs) {
          rows.add(List.of(s.productName(), "", "", "", "", "", ""));
          for (DetailLine l : s.lines()) {
            rows.add(List.of("  " + l.chargeType(), l.chargeStartDate().toString().substring(5) + ".."
                + l.chargeEndDate().toString().substring(5), l.quantity().stripTrailingZeros().toPlainString(),
                l.unitPrice().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), money(l.amount()),
                money(l.cost()), money(l.margin())));
          }
          rows.add(List.of("  subscription total", "", "", "", money(s.amount()), money(s.cost()),
              money(s.margin())));
        }
        console.table("      ", List.of("subscription / charge", "period", "qty", "unit", "amount", "cost",
            "margin"), rows, false, false, true, true, true, true, true);
      }
    }
  }

  static String money(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
