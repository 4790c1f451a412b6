package io.cspsdk.testkit.internal.lifecycle;

import io.cspsdk.testkit.internal.handlers.Commerce;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Lets the fake catch up with its clock, in time order: subscriptions reaching their term end renew (auto-renew)
 * or expire; each first of the month at 00:00 UTC the closing billing period is invoiced.
 */
public final class Lifecycle {
  private final FakeState state;
  private final Commerce commerce;
  private final MonthlyInvoicing invoicing;

  public Lifecycle(FakeState state, Commerce commerce, MonthlyInvoicing invoicing) {
    this.state = state;
    this.commerce = commerce;
    this.invoicing = invoicing;
  }

  /**
   * Processes every due renewal, expiry and invoice up to {@code to}. A term that ends exactly when an invoice is
   * due (00:00 UTC on the 1st: anything bought on the 1st, and its P1M renewals) ends first, then the invoice is
   * issued at that same instant. Call with the state lock held.
   */
  public void catchUp(Instant to) {
    while (true) {
      Instant invoiceAt = state.nextInvoiceAt;
      SubscriptionRec due = null;
      CustomerRec dueCustomer = null;
      for (CustomerRec c : state.customers.values()) {
        for (SubscriptionRec s : c.subscriptions.values()) {
          if (s.live() && !s.item.usageBased() && (due == null || s.termEnd.isBefore(due.termEnd))) {
            due = s;
            dueCustomer = c;
          }
        }
      }
      boolean termFirst = due != null && !due.termEnd.isAfter(invoiceAt);
      Instant next = termFirst ? due.termEnd : invoiceAt;
      if (next.isAfter(to)) {
        break;
      }
      state.processedUntil = next;
      if (termFirst) {
        commerce.endTerm(dueCustomer, due);
        // add-ons follow their base within the same instant
        for (SubscriptionRec addOn : commerce.addOns(dueCustomer, due)) {
          if (addOn.live() && !addOn.termEnd.isAfter(next)) {
            commerce.endTerm(dueCustomer, addOn);
          }
        }
      } else {
        invoicing.issue(invoiceAt);
        state.nextInvoiceAt = nextMonthStart(invoiceAt);
      }
    }
    state.processedUntil = to.isAfter(state.processedUntil) ? to : state.processedUntil;
  }

  /** 00:00 UTC on the first of the month after the one {@code after} falls in. */
  static Instant nextMonthStart(Instant after) {
    ZonedDateTime z = after.atZone(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
    return z.plusMonths(1).toInstant();
  }
}
