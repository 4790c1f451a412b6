package io.cspsdk.testkit.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.InvoiceRec;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Monthly invoices whose reconciliation line items come from csp-sdk-billing's new-commerce charge engine, run
 * over each subscription's recorded history. The invoice for month M is issued at 00:00 UTC on the first of M+1.
 */
public final class EngineInvoicing implements MonthlyInvoicing {
  private final FakeState state;
  private final ChargeEngine engine = ChargeEngine.newCommerce();
  private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

  public EngineInvoicing(FakeState state) {
    this.state = state;
  }

  @Override
  public void issue(Instant periodEnd) {
    YearMonth month = YearMonth.from(periodEnd.atZone(ZoneOffset.UTC)).minusMonths(1);
    List<ObjectNode> items = lines(month, null, null);
    if (items.isEmpty()) {
      return;
    }
    String id = state.ids.invoiceNumber();
    BigDecimal total = BigDecimal.ZERO;
    for (ObjectNode i : items) {
      i.put("invoiceNumber", id);
      total = total.add(new BigDecimal(i.get("subtotal").asText()));
    }
    ObjectNode inv = Jsons.object();
    inv.put("id", id);
    inv.put("invoiceDate", Jsons.time(periodEnd));
    inv.put("billingPeriodStartDate", Jsons.time(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    inv.put("billingPeriodEndDate", Jsons.time(month.atEndOfMonth().atStartOfDay(ZoneOffset.UTC).toInstant()));
    inv.put("totalCharges", total);
    inv.put("paidAmount", BigDecimal.ZERO);
    inv.put("currencyCode", state.currency);
    inv.put("currencySymbol", "$");
    inv.put("invoiceType", "OneTime");
    inv.put("documentType", "invoice");
    inv.putArray("invoiceDetails").addObject().put("invoiceLineItemType", "billing_line_items")
        .put("billingProvider", "one_time");
    inv.putObject("links").set("self", Jsons.link("/invoices/" + id));
    Jsons.attributes(inv, "Invoice");
    InvoiceRec rec = new InvoiceRec(id, inv);
    rec.lineItems.addAll(items);
    state.invoices.put(id.toUpperCase(Locale.ROOT), rec);
  }

  @Override
  public List<ObjectNode> unbilled(String period) {
    YearMonth current = YearMonth.from(state.now().atZone(ZoneOffset.UTC));
    if (period.equals("previous")) {
      return lines(current.minusMonths(1), null, "");
    }
    LocalDate today = state.now().atZone(ZoneOffset.UTC).toLocalDate();
    return lines(current, today, "");
  }

  /** Forgets the problems (the fake was reset). */
  public void clearProblems() {
    problems.clear();
  }

  /** Charge problems met while invoicing (a history the engine refused), for diagnostics. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** A fully upgraded (converted) subscription is no longer invoiced from the month of its conversion. */
  private static boolean convertedBefore(SubscriptionRec s, YearMonth month) {
    for (var e : s.history) {
      if (e.kind().equals("convert") && e.quantityAfter() == 0
          && !YearMonth.from(e.at().atZone(ZoneOffset.UTC)).isAfter(month)) {
        return true;
      }
    }
    return false;
  }

  private List<ObjectNode> lines(YearMonth month, LocalDate upTo, String invoiceNumber) {
    List<ObjectNode> out = new ArrayList<>();
    for (CustomerRec c : state.customers.values()) {
      for (SubscriptionRec s : c.subscriptions.values()) {
        List<ChargeLine> charges;
        try {
          Optional<SubscriptionTimeline> t = Timelines.of(s, state.currency);
          if (t.isEmpty() || s.legacy || convertedBefore(s, month)) {
            continue;
          }
          charges = engine.invoice(t.get(), month);
        } catch (ValidationException e) {
          problems.add(s.id + ": " + e.getMessage());
          continue;
        }
        for (ChargeLine l : charges) {
          if (upTo == null || !l.eventDate().isAfter(upTo)) {
            out.add(LineItems.of(state, c, s, l, invoiceNumber));
          }
        }
      }
    }
    return out;
  }
}
