package io.cspsdk.samples.month;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.BillingReportCsv;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.ReportView;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Step 4, second half: the customer billing report of the month the invoice bills — Microsoft's line items
 * priced with the reseller's price book — as a table on the terminal, as CSV (reseller and customer views) and
 * as an HTML page with a chart.
 */
final class CustomerBillingReport {
  /** What was written, and the report. */
  record Written(BillingReport report, Path resellerCsv, Path customerCsv, Path html) {}

  private final Story story;

  CustomerBillingReport(Story story) {
    this.story = story;
  }

  Written run(BillingDay.NewInvoice invoice) {
    Console c = story.console;
    YearMonth month = YearMonth.from(invoice.date().minusDays(1));
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    c.step("The customer billing report for " + month + ", from invoice " + invoice.id());
    c.say(PriceBook.describe() + ". Microsoft's cost is the invoice's line; cycles end on the last day of the "
        + "month.");
    BillingReport report;
    try (Stream<ReconciliationLineItem> lines = story.pc().invoices().billedLineItems(invoice.id()).stream()) {
      report = BillingReportBuilder.create(BillingCalendar.billingDay(31), from, to)
          .addAll(lines.map(CostLine::from), PricingChain.of(PriceBook.tier(Story.Cast.of(story.cast.contosoId))))
          .build();
    }
    Map<String, String> names = names();
    ReportTable table = new ReportTable(c, report, names);
    c.blank();
    c.say("Totals per customer (" + report.currency() + "):");
    table.printTotals();
    c.blank();
    c.say("The customers of this story, billing date -> subscription -> detail lines:");
    Set<String> shown = storyCustomers();
    if (shown.isEmpty()) {
      ReportTotals.of(report, names).stream().limit(3).forEach(t -> shown.add(t.customerId()));
    }
    table.printDetail(shown);
    c.blank();
    c.item(report.lineCount() + " lines priced" + (report.skippedLineCount() > 0 ? ", " + report.skippedLineCount()
        + " outside " + month : "") + "; report total " + ReportTable.money(report.amount()) + " "
        + report.currency() + ", Microsoft cost " + ReportTable.money(report.cost()) + ", margin "
        + ReportTable.money(report.margin()) + ", rounding difference "
        + ReportTable.money(report.roundingDifference()));
    return write(report, names, month);
  }

  private Written write(BillingReport report, Map<String, String> names, YearMonth month) {
    try {
      Files.createDirectories(story.outputDir);
      Path reseller = story.outputDir.resolve("billing-report-" + month + ".csv");
      Path customer = story.outputDir.resolve("billing-report-" + month + "-customer-view.csv");
      Path html = story.outputDir.resolve("billing-report-" + month + ".html");
      Files.writeString(reseller, BillingReportCsv.toCsv(report, ReportView.RESELLER), StandardCharsets.UTF_8);
      Files.writeString(customer, BillingReportCsv.toCsv(report, ReportView.CUSTOMER), StandardCharsets.UTF_8);
      Files.writeString(html, HtmlReport.render("Customer billing report, " + month, report, names),
          StandardCharsets.UTF_8);
      Console c = story.console;
      c.step("Written");
      c.item("CSV, reseller view (cost and margin): " + reseller.toAbsolutePath().normalize());
      c.item("CSV, customer view (prices only): " + customer.toAbsolutePath().normalize());
      c.item("HTML with the chart (open it in a browser): " + html.toAbsolutePath().normalize());
      return new Written(report, reseller, customer, html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + story.outputDir.toAbsolutePath(), e);
    }
  }

  /** Customer names from the mirror. */
  private Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (List<String> r : MirrorQueries.rows(story.db, "SELECT item_key, company_name FROM pc_customer")) {
      names.put(r.get(0), r.get(1));
    }
    return names;
  }

  private Set<String> storyCustomers() {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : new String[] {story.cast.newTenantId, story.cast.contosoId, story.cast.cancelCustomerId,
        story.cast.suspendCustomerId}) {
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
