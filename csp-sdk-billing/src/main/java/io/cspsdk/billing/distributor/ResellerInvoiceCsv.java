package io.cspsdk.billing.distributor;

import io.cspsdk.billing.internal.CsvRowWriter;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportCsv;
import io.cspsdk.billing.report.ReportView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reseller invoice as CSV: the billing report's CSV in the customer view (the reseller sees its price, not the
 * distributor's cost), each row prefixed with {@code section} ({@code charges} or {@code adjustments}),
 * {@code resellerId} and {@code liteResellerId} (empty for the reseller's own customers and for totals rows).
 */
public final class ResellerInvoiceCsv {
  private ResellerInvoiceCsv() {}

  /** The column names, in order. */
  public static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("section", "resellerId", "liteResellerId"));
    c.addAll(BillingReportCsv.columns(ReportView.CUSTOMER));
    return List.copyOf(c);
  }

  /** The invoice as a CSV string (RFC 4180, CRLF line ends, written with jackson-dataformat-csv). */
  public static String toCsv(ResellerInvoice invoice) {
    StringBuilder out = new StringBuilder();
    write(invoice, out);
    return out.toString();
  }

  /** Writes the invoice to {@code out}. */
  public static void write(ResellerInvoice invoice, Appendable out) {
    Map<String, String> lite = new TreeMap<>();
    invoice.groups().forEach(g -> lite.put(g.endCustomerId(), g.liteResellerId().orElse("")));
    CsvRowWriter csv = new CsvRowWriter(out);
    csv.row(columns().toArray(new String[0]));
    section(csv, "charges", invoice.resellerId(), invoice.charges(), lite);
    invoice.adjustments().ifPresent(a -> section(csv, "adjustments", invoice.resellerId(), a, lite));
    csv.finish();
  }

  /** The report's rows, each prefixed; built from the report's fields, never by re-reading its CSV text. */
  private static void section(CsvRowWriter csv, String name, String reseller, BillingReport report,
                              Map<String, String> lite) {
    int customerColumn = BillingReportCsv.columns(ReportView.CUSTOMER).indexOf("customerId");
    BillingReportCsv.rows(report, ReportView.CUSTOMER, row -> {
      String[] prefixed = new String[row.length + 3];
      prefixed[0] = name;
      prefixed[1] = reseller;
      prefixed[2] = lite.getOrDefault(row[customerColumn], "");
      System.arraycopy(row, 0, prefixed, 3, row.length);
      csv.row(prefixed);
    });
  }
}
