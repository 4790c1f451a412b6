package io.cspsdk.samples.month;

import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.CycleSection;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report's totals per customer (sums of its subscription sections), largest sales first. */
record ReportTotals(String customerId, String name, int subscriptions, BigDecimal cost, BigDecimal amount) {
  BigDecimal margin() {
    return amount.subtract(cost);
  }

  /** Margin as a percentage of the sales price, 1 decimal; zero when there is no sale. */
  BigDecimal marginPercent() {
    return amount.signum() == 0 ? BigDecimal.ZERO.setScale(1)
        : margin().multiply(BigDecimal.valueOf(100)).divide(amount, 1, RoundingMode.HALF_UP);
  }

  static List<ReportTotals> of(BillingReport report, Map<String, String> names) {
    Map<String, ReportTotals> by = new LinkedHashMap<>();
    for (CycleSection cycle : report.cycles()) {
      for (SubscriptionSection s : cycle.subscriptions()) {
        by.merge(s.customerId(), new ReportTotals(s.customerId(), names.getOrDefault(s.customerId(), s.customerId()),
            1, s.cost(), s.amount()), (a, b) -> new ReportTotals(a.customerId, a.name, a.subscriptions + 1,
            a.cost.add(b.cost), a.amount.add(b.amount)));
      }
    }
    List<ReportTotals> out = new ArrayList<>(by.values());
    out.sort(Comparator.comparing(ReportTotals::amount).reversed().thenComparing(ReportTotals::name));
    return out;
  }
}
