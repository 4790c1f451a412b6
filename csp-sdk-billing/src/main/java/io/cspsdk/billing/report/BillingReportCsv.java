package io.cspsdk.billing.report;

import io.cspsdk.billing.internal.CsvRowWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a {@link BillingReport} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they
 * contain a comma, quote or line break, quotes doubled). Columns are fixed, decimals are plain with a dot
 * whatever the default locale. One row per detail line, then a {@code subscription} total row per subscription, a
 * {@code cycle} total row per billing cycle and a final {@code report} row; rounding differences appear on cycle
 * and report rows. The {@link ReportView#CUSTOMER} view has no cost and margin columns. Written with
 * jackson-dataformat-csv.
 */
public final class BillingReportCsv {
  private static final List<String> COLUMNS =
      List.of(
          "record", "billingDate", "periodStart", "periodEnd", "customerId", "subscriptionId", "productId",
          "skuId", "productName", "lineType", "chargeType", "chargeStartDate", "chargeEndDate", "quantity",
          "unitPrice", "amount", "currency", "cost", "margin", "roundingDifference");

  private BillingReportCsv() {}

  /** The column names of the view, in order. */
  public static List<String> columns(ReportView view) {
    if (view == ReportView.RESELLER) {
      return COLUMNS;
    }
    List<String> c = new ArrayList<>(COLUMNS);
    c.remove("cost");
    c.remove("margin");
    return List.copyOf(c);
  }

  /** The report as a CSV string. */
  public static String toCsv(BillingReport report, ReportView view) {
    StringBuilder sb = new StringBuilder();
    write(report, view, sb);
    return sb.toString();
  }

  /** Writes the report to {@code out}. */
  public static void write(BillingReport report, ReportView view, Appendable out) {
    CsvRowWriter csv = new CsvRowWriter(out);
    csv.row(columns(view).toArray(new String[0]));
    rows(report, view, csv::row);
    csv.finish();
  }

  /**
   * The report's rows without the header, in the view's column order, as the CSV writes them; for documents that
   * embed the report (the reseller invoice).
   */
  public static void rows(BillingReport report, ReportView view, Consumer<String[]> sink) {
    new Rows(report, view, sink).write();
  }

  private static final class Rows {
    private final BillingReport report;
    private final boolean reseller;
    private final Consumer<String[]> sink;

    Rows(BillingReport report, ReportView view, Consumer<String[]> sink) {
      this.report = report;
      this.reseller = view == ReportView.RESELLER;
      this.sink = sink;
    }

    void write() {
      String cur = report.currency();
      for (CycleSection c : report.cycles()) {
        String date = c.billingDate().toString();
        String start = c.period().start().toString();
        String end = c.period().end().toString();
        for (SubscriptionSection s : c.subscriptions()) {
          for (DetailLine l : s.lines()) {
            values(
                "line", date, start, end, s.customerId(), s.subscriptionId(), l.productId(), l.skuId(),
                l.productName(), l.kind().label(), l.chargeType().value(), l.chargeStartDate().toString(),
                l.chargeEndDate().toString(), plain(l.quantity()), plain(l.unitPrice()), plain(l.amount()), cur,
                plain(l.cost()), plain(l.margin()), "");
          }
          values(
              "subscription", date, start, end, s.customerId(), s.subscriptionId(), "", "", s.productName(), "",
              "", "", "", "", "", plain(s.amount()), cur, plain(s.cost()), plain(s.margin()), "");
        }
        values(
            "cycle", date, start, end, "", "", "", "", "", "", "", "", "", "", "", plain(c.amount()), cur,
            plain(c.cost()), plain(c.margin()), plain(c.roundingDifference()));
      }
      values(
          "report", "", report.from().toString(), report.to().toString(), "", "", "", "", "", "", "", "", "", "",
          "", plain(report.amount()), cur, plain(report.cost()), plain(report.margin()),
          plain(report.roundingDifference()));
    }

    /** One row in reseller column order; cost and margin (columns 18 and 19) dropped for customers. */
    private void values(String... v) {
      if (reseller) {
        sink.accept(v);
        return;
      }
      String[] c = new String[v.length - 2];
      System.arraycopy(v, 0, c, 0, 17);
      System.arraycopy(v, 19, c, 17, v.length - 19);
      sink.accept(c);
    }
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
