package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.ChargeRuleException;
import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.billing.charges.TimelineEvent;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass of a set of billing rules over a timeline: walks charge cycles and events in time order, keeping the
 * subscription's state, and collects the charge lines. The walk, renewal, expiry and the events every rule set
 * treats alike are here; subclasses supply the first term, the cycle charge and the other events. Single use,
 * not thread-safe.
 */
abstract class TimelineRun {
  protected final SubscriptionTimeline timeline;
  protected final LineFactory factory;
  protected final List<ChargeLine> out = new ArrayList<>();
  protected final List<Term> terms = new ArrayList<>();

  protected Term term;
  protected Cycle cycle;
  protected BillingCycle plan;
  protected int cycleMonths;
  protected BigDecimal unitPrice;
  protected ProductRef product;
  protected int quantity;
  protected boolean autoRenew;
  protected boolean suspended;
  private String ended;
  private LocalDate endedOn;

  TimelineRun(SubscriptionTimeline timeline, LineFactory factory) {
    this.timeline = timeline;
    this.factory = factory;
  }

  /** Generates every line up to {@code horizon} (and up to the last event, whichever is later). */
  final TimelineRun run(LocalDate horizon) {
    startFirstTerm();
    List<TimelineEvent> events = new ArrayList<>(timeline.events());
    events.sort(Comparator.comparing(TimelineEvent::at));
    int i = 0;
    while (true) {
      TimelineEvent e = i < events.size() ? events.get(i) : null;
      if (e != null && (ended != null || !e.date().isAfter(cycle.end()))) {
        apply(e);
        i++;
        continue;
      }
      LocalDate next = cycle.end().plusDays(1);
      if (ended != null || (e == null && next.isAfter(horizon))) {
        break;
      }
      if (cycle.end().equals(term.end())) {
        TimelineEvent.Renewed renewal = null;
        if (e instanceof TimelineEvent.Renewed r && r.renewalDate().equals(next)) {
          renewal = r;
          i++;
        }
        renewOrExpire(next, renewal);
      } else {
        nextCycle();
      }
    }
    finish();
    return this;
  }

  List<ChargeLine> lines() {
    return out;
  }

  List<Term> terms() {
    return terms;
  }

  /** Validates the purchase, opens the first term ({@link #open}) and charges its first cycle. */
  protected abstract void startFirstTerm();

  /** Charges the current cycle (a new term's first or the next one of the same term) as {@code type}. */
  protected abstract void chargeCycle(ChargeType type);

  /** The rule-specific state changes of a renewal (the new term is current); returns its first cycle's type. */
  protected abstract ChargeType onRenewal(TimelineEvent.Renewed renewal);

  /** The rule-specific state changes at the start of the next cycle of a term; returns its charge type. */
  protected abstract ChargeType onNextCycle();

  /** Applies an event other than a renewal or an auto-renew change, on a subscription that has not ended. */
  protected abstract void applyEvent(TimelineEvent e);

  /** Called once after the walk, with every line generated. */
  protected void finish() {}

  /** Makes {@code first} the current term, with the purchase's plan, price, product, seats and auto-renew. */
  protected final void open(Purchase p, Term first) {
    term = first;
    terms.add(first);
    plan = p.billingCycle();
    cycleMonths = TermCalendar.cycleMonths(plan, first.duration());
    unitPrice = p.unitPrice();
    product = new ProductRef(p.productId(), p.skuId(), p.availabilityId());
    quantity = p.quantity();
    autoRenew = p.autoRenew();
  }

  /** Starts the first cycle of the current term and charges it as {@code type}. */
  protected final void chargeFirstCycle(ChargeType type) {
    cycle = Cycle.first(term, cycleMonths);
    chargeCycle(type);
  }

  /** How auto-renew can have been switched off under these rules, as the refusal of a renewal names it. */
  protected String autoRenewOffCauses() {
    return "turned off";
  }

  /** No event is allowed after this one; {@code how} completes "the subscription ... on {@code on}". */
  protected final void end(String how, LocalDate on) {
    ended = how;
    endedOn = on;
  }

  /** A line of the current term, plan and product at the current unit price, rounded by its type's preset. */
  protected final ChargeLine line(ChargeType type, String reference, LocalDate start, LocalDate end,
      LocalDate eventDate, int seats, ProratedPrice price, boolean refund, String description) {
    return factory.priced(type, reference, ctx(), start, end, eventDate, seats, unitPrice, price, refund,
        description);
  }

  /** The line charging the current quantity for the whole current cycle. */
  protected final ChargeLine cycleLine(ChargeType type) {
    return line(type, factory.newReference(), cycle.start(), cycle.end(), cycle.start(), quantity,
        cycle.price(unitPrice, term.months()), false, null);
  }

  protected final LineFactory.Context ctx() {
    return new LineFactory.Context(term.duration(), plan, product);
  }

  /** The operation an event stands for, as error messages name it. */
  static String operation(TimelineEvent e) {
    if (e instanceof TimelineEvent.SeatsAdded) {
      return "addQuantity";
    } else if (e instanceof TimelineEvent.SeatsRemoved) {
      return "removeQuantity";
    } else if (e instanceof TimelineEvent.Cancelled) {
      return "cancel";
    } else if (e instanceof TimelineEvent.Renewed) {
      return "renewal";
    } else if (e instanceof TimelineEvent.Upgraded) {
      return "upgrade";
    } else if (e instanceof TimelineEvent.BillingPlanChanged) {
      return "changeBillingPlan";
    } else if (e instanceof TimelineEvent.SeatsConverted c) {
      return c.existingTarget() ? "moveQuantity" : "convert";
    }
    return e.getClass().getSimpleName();
  }

  private void apply(TimelineEvent e) {
    if (ended != null) {
      throw new ChargeRuleException(operation(e), "the subscription " + ended + " on " + endedOn
          + "; no later event is allowed (got one on " + e.date() + ")");
    }
    if (e instanceof TimelineEvent.Renewed r) {
      throw new ChargeRuleException("renewal", r.renewalDate() + " is not a renewal date: the current term ends on "
          + term.end() + " and renews on " + term.end().plusDays(1));
    } else if (e instanceof TimelineEvent.AutoRenewChanged a) {
      autoRenew = a.autoRenew();
    } else if (e instanceof TimelineEvent.CustomerCredited c) {
      LocalDate d = c.date();
      BigDecimal credit = c.amount().negate();
      out.add(factory.fixed(ChargeType.CUSTOMER_CREDIT, factory.newReference(), ctx(), d, d, d, 1, c.amount(),
          new RoundedAmount(credit, credit), c.reasonCode()));
    } else {
      applyEvent(e);
    }
  }

  /**
   * Renews the term on {@code next} ({@code renewal}: the timeline's explicit renewal on that date, if any). Without
   * auto-renew the subscription expires with its term, and an explicit renewal is refused under every rule set.
   */
  private void renewOrExpire(LocalDate next, TimelineEvent.Renewed renewal) {
    if (!autoRenew) {
      if (renewal != null) {
        throw new ChargeRuleException("renewal", "auto-renew is off (" + autoRenewOffCauses()
            + "), so the term ending on " + term.end() + " does not renew on " + next);
      }
      end("expired", term.end());
      return;
    }
    if (renewal != null) {
      unitPrice = renewal.unitPrice();
    }
    term = Term.from(next, term.duration(), term.months());
    terms.add(term);
    chargeFirstCycle(onRenewal(renewal));
  }

  /**
   * Starts and charges the next cycle. Cycles stay aligned on the term's anniversaries: after a change to a longer
   * billing cycle mid-year, the first one runs only to the next anniversary (whole months).
   */
  private void nextCycle() {
    int offset = cycle.offset() + cycle.months();
    ChargeType type = onNextCycle();
    cycle = Cycle.of(term, offset, cycleMonths - offset % cycleMonths);
    chargeCycle(type);
  }
}
