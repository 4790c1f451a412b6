package io.cspsdk.samples.month;

import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.CycleSection;
import io.cspsdk.billing.report.DetailLine;
import io.cspsdk.billing.report.SubscriptionSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The customer billing report as one self-contained HTML page (inline CSS, an inline SVG chart of the charges
 * per customer, no scripts, nothing fetched): the chart and the totals per customer side by side, then the
 * detail table, billing date → customer → subscription → lines. The markup is well-formed XML (XHTML syntax), so
 * any XML parser reads it.
 */
final class HtmlReport {
  /** The colour of a bar of positive charges. */
  static final String BAR = "#2b6cb0";
  /** The colour of a bar of net refunds. */
  static final String REFUND_BAR = "#c05621";

  private static final int CHART_WIDTH = 620;
  private static final int LABEL_WIDTH = 170;
  private static final int ROW = 17;

  private HtmlReport() {}

  static String render(String title, BillingReport report, Map<String, String> names) {
    List<ReportTotals> totals = ReportTotals.of(report, names);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(title)).append("</title>\n<style>\n")
        .append("body { font-family: sans-serif; margin: 24px; color: #1a202c; background: #ffffff; }\n")
        .append("h1 { font-size: 22px; margin: 0 0 4px 0; } h2 { font-size: 16px; margin: 12px 0 8px 0; }\n")
        .append(".top { display: flex; gap: 32px; align-items: flex-start; }\n")
        .append("table { border-collapse: collapse; font-size: 12px; }\n")
        .append("th { background: #e2e8f0; text-align: left; padding: 3px 8px; }\n")
        .append("td { padding: 2px 8px; border-bottom: 1px solid #edf2f7; }\n")
        .append("td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }\n")
        .append("tr.customer td { font-weight: bold; background: #f7fafc; padding-top: 8px; }\n")
        .append("tr.subscription td { font-style: italic; }\n")
        .append("tr.total td { font-weight: bold; border-top: 2px solid #4a5568; }\n")
        .append("svg text { font-size: 11px; fill: #2d3748; }\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p class=\"summary\">").append(report.from()).append(" to ").append(report.to()).append(": sales ")
        .append(money(report.amount())).append(' ').append(esc(report.currency())).append(", Microsoft cost ")
        .append(money(report.cost())).append(", margin ").append(money(report.margin())).append(" (")
        .append(totals.size()).append(" customers, ").append(report.lineCount()).append(" lines)</p>\n");
    h.append("<div class=\"top\">\n<section class=\"chart\">\n<h2>Charges per customer</h2>\n");
    chart(h, totals, report.currency());
    h.append("</section>\n<section class=\"customers\">\n<h2>Totals per customer</h2>\n");
    totalsTable(h, totals, report);
    h.append("</section>\n</div>\n<h2>Detail</h2>\n");
    detail(h, report, names);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void chart(StringBuilder h, List<ReportTotals> totals, String currency) {
    BigDecimal max = BigDecimal.ONE;
    BigDecimal min = BigDecimal.ZERO;
    for (ReportTotals t : totals) {
      max = max.max(t.amount());
      min = min.min(t.amount());
    }
    int plot = CHART_WIDTH - LABEL_WIDTH - 70;
    BigDecimal range = max.subtract(min);
    int zero = LABEL_WIDTH + scale(min.negate(), range, plot);
    int height = totals.size() * ROW + 24;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart\" width=\"").append(CHART_WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
        .append(height).append("\" role=\"img\">\n<title>Charges per customer, ").append(esc(currency))
        .append("</title>\n");
    int y = 4;
    for (ReportTotals t : totals) {
      int w = Math.max(1, scale(t.amount().abs(), range, plot));
      boolean refund = t.amount().signum() < 0;
      int x = refund ? zero - w : zero;
      h.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 11)
          .append("\" text-anchor=\"end\">").append(esc(t.name())).append("</text>\n");
      h.append("<rect class=\"bar\" data-customer=\"").append(esc(t.name())).append("\" x=\"").append(x)
          .append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"").append(ROW - 4)
          .append("\" fill=\"").append(refund ? REFUND_BAR : BAR).append("\"><title>").append(esc(t.name()))
          .append(": ").append(money(t.amount())).append("</title></rect>\n");
      h.append("<text x=\"").append(refund ? zero + 4 : x + w + 4).append("\" y=\"").append(y + 11).append("\">")
          .append(money(t.amount())).append("</text>\n");
      y += ROW;
    }
    h.append("<line x1=\"").append(zero).append("\" y1=\"0\" x2=\"").append(zero).append("\" y2=\"").append(y)
        .append("\" stroke=\"#4a5568\"/>\n</svg>\n");
  }

  private static int scale(BigDecimal value, BigDecimal range, int plot) {
    return value.multiply(BigDecimal.valueOf(plot)).divide(range, 0, RoundingMode.HALF_UP).intValue();
  }

  private static void totalsTable(StringBuilder h, List<ReportTotals> totals, BillingReport report) {
    h.append("<table id=\"customer-totals\">\n<thead><tr><th>Customer</th><th class=\"n\">Cost</th>")
        .append("<th class=\"n\">Sales</th><th class=\"n\">Margin</th><th class=\"n\">%</th></tr></thead>\n<tbody>\n");
    for (ReportTotals t : totals) {
      h.append("<tr class=\"customer-total\"><td>").append(esc(t.name())).append("</td>").append(num(t.cost()))
          .append(num(t.amount())).append(num(t.margin())).append("<td class=\"n\">")
          .append(t.marginPercent().toPlainString()).append("</td></tr>\n");
    }
    h.append("<tr class=\"total\"><td>All customers</td>").append(num(report.cost())).append(num(report.amount()))
        .append(num(report.margin())).append("<td class=\"n\">")
        .append(new ReportTotals("", "", 0, report.cost(), report.amount()).marginPercent().toPlainString())
        .append("</td></tr>\n</tbody>\n</table>\n");
  }

  private static void detail(StringBuilder h, BillingReport report, Map<String, String> names) {
    h.append("<table id=\"detail\">\n<thead><tr><th>Billing date</th><th>Customer / subscription / charge</th>")
        .append("<th>Charge period</th><th class=\"n\">Qty</th><th class=\"n\">Unit price</th>")
        .append("<th class=\"n\">Amount</th><th class=\"n\">Cost</th><th class=\"n\">Margin</th></tr></thead>\n")
        .append("<tbody>\n");
    for (CycleSection cycle : report.cycles()) {
      String current = null;
      List<SubscriptionSection> byCustomer = cycle.subscriptions().stream()
          .sorted(java.util.Comparator.comparing((SubscriptionSection s) -> names.getOrDefault(s.customerId(),
              s.customerId())).thenComparing(SubscriptionSection::customerId)
              .thenComparing(SubscriptionSection::productName))
          .toList();
      for (SubscriptionSection s : byCustomer) {
        if (!s.customerId().equals(current)) {
          current = s.customerId();
          h.append("<tr class=\"customer\"><td>").append(cycle.billingDate()).append("</td><td colspan=\"7\">")
              .append(esc(names.getOrDefault(current, current))).append("</td></tr>\n");
        }
        h.append("<tr class=\"subscription\"><td></td><td>").append(esc(s.productName())).append("</td><td></td>")
            .append("<td></td><td></td>").append(num(s.amount())).append(num(s.cost())).append(num(s.margin()))
            .append("</tr>\n");
        for (DetailLine l : s.lines()) {
          h.append("<tr class=\"line\"><td></td><td>").append(esc(l.chargeType().toString())).append("</td><td>")
              .append(l.chargeStartDate()).append(" to ").append(l.chargeEndDate()).append("</td><td class=\"n\">")
              .append(l.quantity().stripTrailingZeros().toPlainString()).append("</td>")
              .append(num(l.unitPrice().setScale(2, RoundingMode.HALF_UP))).append(num(l.amount()))
              .append(num(l.cost())).append(num(l.margin())).append("</tr>\n");
        }
      }
    }
    h.append("<tr class=\"total\"><td></td><td>Total</td><td></td><td></td><td></td>").append(num(report.amount()))
        .append(num(report.cost())).append(num(report.margin())).append("</tr>\n</tbody>\n</table>\n");
  }

  private static String num(BigDecimal v) {
    return "<td class=\"n\">" + money(v) + "</td>";
  }

  private static String money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
