package io.cspsdk.billing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link BillingReport} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they
 * contain a comma, quote or line break, quotes doubled). Columns are fixed, decimals are plain with a dot
 * whatever the default locale. One row per detail line, then a {@code subscription} total row per subscription, a
 * {@code cycle} total row per billing cycle and a final {@code report} row; rounding differences appear on cycle
 * and report rows. The {@link ReportView#CUSTOMER} view has no cost and margin columns.
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
    try {
      new Writer(report, view, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    private final BillingReport report;
    private final boolean reseller;
    private final Appendable out;

    Writer(BillingReport report, ReportView view, Appendable out) {
      this.report = report;
      this.reseller = view == ReportView.RESELLER;
      this.out = out;
    }

    void write() throws IOException {
      row(columns(reseller ? ReportView.RESELLER : ReportView.CUSTOMER).toArray(new String[0]));
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
    private void values(String... v) throws IOException {
      if (reseller) {
        row(v);
        return;
      }
      String[] c = new String[v.length - 2];
      System.arraycopy(v, 0, c, 0, 17);
      System.arraycopy(v, 19, c, 17, v.length - 19);
      row(c);
    }

    private void row(String... fields) throws IOException {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quote(fields[i]));
      }
      out.append("\r\n");
    }
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
