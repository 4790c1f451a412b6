package io.cspsdk.samples.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main sample end to end against the fake Partner Center (its clock injected and moved by the sample) and H2:
 * each step's key lines, the refused seat decrease, and report figures checked by hand.
 */
class MonthInTheLifeTest {
  private static String out;
  private static CustomerBillingReport.Written written;

  @BeforeAll
  static void runTheMonth() {
    MonthRun run = MonthRun.get();
    out = run.output;
    written = run.written;
  }

  @Test
  void run_everyLineFitsA100ColumnTerminal_andNoStackTrace() {
    assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    assertThat(out).doesNotContain("Exception:", "\tat ", "at io.cspsdk");
  }

  @Test
  void step1_seedsThePartnerWithTwoMonthsOfHistory() {
    assertThat(out).contains("== 1. The partner", "skipped on the fake: it accepts any token",
        "37/37 seeded", "37 customers in Partner Center, 2 invoices issued");
  }

  @Test
  void step2_discoveryStopsHalfWayResumesTheSameRunAndTheMirrorAnswersQueries() {
    assertThat(out).contains("37 customers to import", "stopping half way");
    assertThat(out).containsPattern("run (\\w+) STOPPED after (1[89]|2\\d) of 37 customers");
    assertThat(out).contains("COMPLETED (the same run, resumed: finished customers were not read again)");
    assertThat(out).containsPattern("imported: 37 customers, 49 subscriptions");
    assertThat(out).containsPattern("active\\s+49\\s+918");
    assertThat(out).containsPattern("G000000001\\s+2026-02-01");
    assertThat(out).containsPattern("G000000002\\s+2026-03-01");
  }

  @Test
  void step3_theMonthsChanges() {
    assertThat(out).contains("domain check: contoso.onmicrosoft.com is taken",
        "domain check: wingtiptoys.onmicrosoft.com is free", "created tenant wingtiptoys.onmicrosoft.com",
        "Microsoft Customer Agreement accepted by Rob Young on 2026-03-02");
    // 10 seats of Business Standard: cost 12.50, 20 % markup
    assertThat(out).containsPattern("per month\\s+125.00\\s+150.00\\s+25.00\\s+16.67 %");
    assertThat(out).containsPattern("whole term\\s+1500.00\\s+1800.00\\s+300.00");
    assertThat(out).contains("(10 seats, active)");
    assertThat(out).contains("held: PENDING_APPROVAL, self-service request by megan@wingtiptoys.example",
        "request EXECUTING -> COMPLETED", "approved by anna@reseller.example four hours later: COMPLETED");
    assertThat(out).contains("Contoso, Exchange Online (Plan 1): seats 25 -> 30",
        "Contoso: seats 30 -> 27 (three of the new seats removed inside their seven-day window");
    assertThat(out).contains("Contoso: seats 27 -> 20 refused, as it should be:",
        "SeatDecreaseRefusedException (400, code 800090): ");
    assertThat(out).contains("Tailspin Toys cancels Exchange Online (Plan 1) (8 seats, bought 2026-02-27): deleted");
    assertThat(out).contains("Microsoft 365 Business Premium is suspended");
    assertThat(out).contains("+  create user      PC        alex@wingtiptoys.onmicrosoft.com",
        "CREATE_USER alex@wingtiptoys.onmicrosoft.com: APPLIED",
        "ASSIGN_LICENCES alex@wingtiptoys.onmicrosoft.com: APPLIED");
    assertThat(out).contains("dry run (nothing changed yet):",
        "+  create user      directory megan@wingtiptoys.onmicrosoft.com",
        "CREATE_USER megan@wingtiptoys.onmicrosoft.com: APPLIED",
        "the product's directory now lists: alex@wingtiptoys.onmicrosoft.com,", "a new plan has 0 steps");
    assertThat(out).doesNotContain("Wingtip-Welcome-2026!", "Unused-in-directory-9");
  }

  @Test
  void step4_incrementalDiscoveryFindsTheNewInvoiceAndTheReportAddsUp() {
    assertThat(out).contains("22/22 days", "mode INCREMENTAL", "new in the mirror: invoice G000000003 of 2026-04-01");
    // hand-checked: Business Standard 10 × 12.50 × 1.2 = 150.00 (cost 125.00) and
    // Exchange Online 5 × 4.00 × 1.2 = 24.00 (cost 20.00), both bought in March
    assertThat(out).containsPattern("Wingtip Toys\\s+2\\s+145.00\\s+174.00\\s+29.00\\s+16.7");
    assertThat(out).containsPattern("new\\s+03-02..04-01\\s+10\\s+15.00\\s+150.00\\s+125.00\\s+25.00");
    // Contoso's agreed price: 54.00 a year = 4.50 a month for 25 seats (cost 4.00)
    assertThat(out).containsPattern("cycleCharge\\s+03-02..04-01\\s+25\\s+4.50\\s+112.50\\s+100.00\\s+12.50");
    // the report total is the sum of the customer rows
    BillingTotals t = BillingTotals.of(written);
    assertThat(out).contains("report total " + t.amount() + " USD, Microsoft cost " + t.cost());
    assertThat(out).containsPattern("all customers\\s+" + t.cost() + "\\s+" + t.amount());
    assertThat(out).contains(written.html().toAbsolutePath().normalize().toString().substring(0, 20));
  }

  @Test
  void step4_writesTheCsvViewsAndTheHtml() throws IOException {
    String reseller = Files.readString(written.resellerCsv());
    String customer = Files.readString(written.customerCsv());
    assertThat(reseller).startsWith("record,billingDate,").contains(",cost,margin,");
    assertThat(customer).startsWith("record,billingDate,").doesNotContain(",cost,");
    assertThat(reseller.lines().filter(l -> l.startsWith("line,")).count()).isEqualTo(
        written.report().cycles().stream().flatMap(c -> c.subscriptions().stream()).mapToLong(s -> s.lines().size())
            .sum());
    org.w3c.dom.Document html = HtmlDocuments.parse(Files.readString(written.html()));
    List<String> bars = HtmlDocuments.texts(html, "//*[local-name()='rect'][@class='bar']/@data-customer");
    assertThat(bars).hasSize(ReportTotals.of(written.report(), Map.of()).size()).contains("Wingtip Toys", "Contoso");
    assertThat(HtmlDocuments.texts(html, "//*[local-name()='tr'][@class='customer-total']/*[1]"))
        .containsExactlyElementsOf(bars);
  }

  /** The report's totals, recomputed from its subscription sections. */
  record BillingTotals(String amount, String cost) {
    static BillingTotals of(CustomerBillingReport.Written w) {
      java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
      java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
      for (var cycle : w.report().cycles()) {
        for (var s : cycle.subscriptions()) {
          amount = amount.add(s.amount());
          cost = cost.add(s.cost());
        }
      }
      assertThat(amount).isEqualByComparingTo(w.report().amount());
      return new BillingTotals(ReportTable.money(amount), ReportTable.money(cost));
    }
  }
}
