package io.cspsdk.billing.distributor;

import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportCsv;
import io.cspsdk.billing.report.ReportView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  public static String toCsv(ResellerInvoice invoice) {
    Map<String, String> lite = new TreeMap<>();
    invoice.groups().forEach(g -> lite.put(g.endCustomerId(), g.liteResellerId().orElse("")));
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", columns())).append("\r\n");
    section(out, "charges", invoice.resellerId(), invoice.charges(), lite);
    invoice.adjustments().ifPresent(a -> section(out, "adjustments", invoice.resellerId(), a, lite));
    return out.toString();
  }

  private static void section(StringBuilder out, String name, String reseller, BillingReport report,
                              Map<String, String> lite) {
    int customerColumn = BillingReportCsv.columns(ReportView.CUSTOMER).indexOf("customerId");
    String[] rows = BillingReportCsv.toCsv(report, ReportView.CUSTOMER).split("\r\n");
    for (int i = 1; i < rows.length; i++) {            // row 0 is the report's own header
      String customer = field(rows[i], customerColumn).orElse("");
      out.append(quote(name)).append(',').append(quote(reseller)).append(',')
          .append(quote(lite.getOrDefault(customer, ""))).append(',').append(rows[i]).append("\r\n");
    }
  }

  /** Field {@code index} of one RFC 4180 row. */
  static Optional<String> field(String row, int index) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
        f.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return index < fields.size() ? Optional.of(fields.get(index)) : Optional.empty();
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
