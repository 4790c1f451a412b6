package io.cspsdk.samples.month;

import io.cspsdk.sync.job.RunRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Step 4, first half: the clock crosses the billing day (on the fake: Partner Center issues March's invoice at
 * 00:00 UTC on 1 April), and an incremental discovery picks the new invoice and its lines up.
 */
final class BillingDay {
  /** The invoice the report is built from. */
  record NewInvoice(String id, LocalDate date, String total, String currency, String lines) {}

  private final Story story;

  BillingDay(Story story) {
    this.story = story;
  }

  Optional<NewInvoice> run(MirrorDiscovery discovery, LocalDate billingDay) {
    Console c = story.console;
    c.section("4. The billing day");
    if (story.env.isFake()) {
      LocalDate from = story.today();
      long days = billingDay.toEpochDay() - from.toEpochDay();
      c.say("The rest of March passes on the fake's clock: renewals, expiries, and at 00:00 UTC on "
          + billingDay + " Partner Center issues the invoice for March.");
      ProgressBar bar = story.progress("March", "days");
      for (long d = 1; d <= days; d++) {
        LocalDate next = from.plusDays(d);
        story.env.advanceTo(next.atTime(d == days ? 6 : 9, 0).toInstant(ZoneOffset.UTC));
        bar.update(d, days);
      }
      bar.finish("now " + story.clock().instant());
    } else {
      c.say("The real Partner Center bills on its own calendar; the report is built from the latest invoice.");
    }
    c.step("Incremental discovery: audit records since the last run, new customers, a slice of the others");
    RunRecord run = discovery.incremental();
    String sql = "SELECT i.item_key, i.invoice_date, i.total_charges, i.currency_code, COUNT(l.item_key) "
        + "FROM pc_invoice i LEFT JOIN pc_invoice_line_item l ON l.parent_key = i.item_key ";
    String group = "GROUP BY i.item_key, i.invoice_date, i.total_charges, i.currency_code ORDER BY i.invoice_date DESC";
    List<List<String>> fresh = MirrorQueries.rows(story.db, sql + "WHERE i.first_seen_run = ? " + group,
        run.runId().value());
    List<List<String>> rows = fresh.isEmpty() ? MirrorQueries.rows(story.db, sql + group) : fresh;
    if (rows.isEmpty()) {
      c.item("no invoice in the mirror: no report to build");
      return Optional.empty();
    }
    List<String> r = rows.get(0);
    NewInvoice invoice = new NewInvoice(r.get(0), LocalDate.parse(r.get(1)), r.get(2), r.get(3), r.get(4));
    c.item((fresh.isEmpty() ? "latest invoice in the mirror: " : "new in the mirror: invoice ") + invoice.id()
        + " of " + invoice.date() + ", " + invoice.total() + " " + invoice.currency() + ", " + invoice.lines()
        + " line items");
    return Optional.of(invoice);
  }
}
