package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.CancellationNotAllowedException;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.ChargeRuleException;
import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.billing.charges.TimelineEvent;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass of the new-commerce rules over a timeline: walks charge cycles and events in time order, keeping the
 * subscription's state, and collects the charge lines. Single use, not thread-safe.
 */
final class NewCommerceRun {
  private final SubscriptionTimeline timeline;
  private final LineFactory factory;
  private final List<ChargeLine> out = new ArrayList<>();
  private final List<Term> terms = new ArrayList<>();
  private final SeatBatches seats = new SeatBatches();

  private Term term;
  private Cycle cycle;
  private BillingCycle plan;
  private int cycleMonths;
  private BillingCycle pendingPlan;
  private BigDecimal unitPrice;
  private ProductRef product;
  private int quantity;
  private Instant cancelUntil;
  private Instant fullRefundUntil;
  private boolean autoRenew;
  private boolean suspended;
  private String ended;
  private LocalDate endedOn;
  private BigDecimal cycleNet;
  private boolean cycleChanged;

  NewCommerceRun(SubscriptionTimeline timeline, LineFactory factory) {
    this.timeline = timeline;
    this.factory = factory;
  }

  /** Generates every line up to {@code horizon} (and up to the last event, whichever is later). */
  NewCommerceRun run(LocalDate horizon) {
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
    return this;
  }

  List<ChargeLine> lines() {
    return out;
  }

  List<Term> terms() {
    return terms;
  }

  private LineFactory.Context ctx() {
    return new LineFactory.Context(term.duration(), plan, product);
  }

  private void startFirstTerm() {
    Purchase p = timeline.purchase();
    int months = TermCalendar.termMonths(p.termDuration());
    LocalDate start = p.purchaseDate();
    LocalDate natural = TermCalendar.termEnd(start, months);
    LocalDate end = natural;
    LocalDate anchor = start;
    if (p.customTermEndDate().isPresent() && !p.customTermEndDate().get().equals(natural)) {
      end = p.customTermEndDate().get();
      if (end.isAfter(natural)) {
        throw new ValidationException("purchase.customTermEndDate",
            "must not be after the natural term end " + natural + ", was " + end);
      }
      anchor = end.plusDays(1).minusMonths(months);
    }
    term = new Term(start, end, anchor, p.termDuration(), months);
    terms.add(term);
    plan = p.billingCycle();
    cycleMonths = TermCalendar.cycleMonths(plan, p.termDuration());
    unitPrice = p.unitPrice();
    product = new ProductRef(p.productId(), p.skuId(), p.availabilityId());
    quantity = p.quantity();
    autoRenew = p.autoRenew();
    cancelUntil = p.cancellationAllowedUntil().orElse(p.purchasedAt().plus(Dates.SEVEN_DAYS));
    fullRefundUntil = p.fullRefundUntil().orElse(p.purchasedAt().plus(Dates.ONE_DAY));
    seats.reset(p.purchasedAt(), quantity, cancelUntil);
    cycle = Cycle.first(term, cycleMonths);
    chargeCycle(ChargeType.NEW);
  }

  private void chargeCycle(ChargeType type) {
    ChargeLine l = factory.priced(type, factory.newReference(), ctx(), cycle.start(), cycle.end(), cycle.start(),
        quantity, unitPrice, cycle.price(unitPrice, term.months()), false, null);
    out.add(l);
    cycleNet = l.amount();
    cycleChanged = false;
  }

  private void nextCycle() {
    int offset = cycle.offset() + cycle.months();
    ChargeType type = ChargeType.CYCLE_CHARGE;
    if (pendingPlan != null) {
      plan = pendingPlan;
      cycleMonths = TermCalendar.cycleMonths(plan, term.duration());
      pendingPlan = null;
      type = ChargeType.CHANGE_BILLING_PLAN;
    }
    cycle = Cycle.of(term, offset, cycleMonths);
    chargeCycle(type);
  }

  private void renewOrExpire(LocalDate next, TimelineEvent.Renewed renewal) {
    if (!autoRenew) {
      if (renewal != null) {
        throw new ChargeRuleException("renewal", "auto-renew is off (turned off or suspended), so the term ending on "
            + term.end() + " does not renew on " + next);
      }
      ended = "expired";
      endedOn = term.end();
      return;
    }
    if (pendingPlan != null) {
      plan = pendingPlan;
      pendingPlan = null;
    }
    term = new Term(next, TermCalendar.termEnd(next, term.months()), next, term.duration(), term.months());
    terms.add(term);
    cycleMonths = TermCalendar.cycleMonths(plan, term.duration());
    Instant at = Dates.startOf(next);
    if (renewal != null) {
      unitPrice = renewal.unitPrice();
    }
    cancelUntil = renewal != null && renewal.cancellationAllowedUntil().isPresent()
        ? renewal.cancellationAllowedUntil().get() : at.plus(Dates.SEVEN_DAYS);
    fullRefundUntil = at.plus(Dates.ONE_DAY);
    seats.reset(at, quantity, cancelUntil);
    cycle = Cycle.first(term, cycleMonths);
    chargeCycle(ChargeType.RENEW);
  }

  private void apply(TimelineEvent e) {
    if (ended != null) {
      throw new ChargeRuleException(operation(e), "the subscription " + ended + " on " + endedOn
          + "; no later event is allowed (got one on " + e.date() + ")");
    }
    if (suspended && (e instanceof TimelineEvent.SeatsAdded || e instanceof TimelineEvent.SeatsRemoved
        || e instanceof TimelineEvent.Upgraded || e instanceof TimelineEvent.BillingPlanChanged)) {
      throw new ChargeRuleException(operation(e), "the subscription is suspended on " + e.date()
          + "; reactivate it first");
    }
    if (e instanceof TimelineEvent.SeatsAdded a) {
      changeQuantity(a.at(), quantity + a.quantity(), ChargeType.ADD_QUANTITY);
      seats.add(a.at(), a.quantity(), a.removableUntil().orElse(a.at().plus(Dates.SEVEN_DAYS)));
    } else if (e instanceof TimelineEvent.SeatsRemoved r) {
      seats.remove(r.at(), r.quantity());
      changeQuantity(r.at(), quantity - r.quantity(), ChargeType.REMOVE_QUANTITY);
    } else if (e instanceof TimelineEvent.Cancelled c) {
      cancel(c.at());
    } else if (e instanceof TimelineEvent.Renewed r) {
      throw new ChargeRuleException("renewal", r.renewalDate() + " is not a renewal date: the current term ends on "
          + term.end() + " and renews on " + term.end().plusDays(1));
    } else if (e instanceof TimelineEvent.Upgraded u) {
      upgrade(u);
    } else if (e instanceof TimelineEvent.BillingPlanChanged b) {
      changePlan(b.billingCycle());
    } else if (e instanceof TimelineEvent.Suspended) {
      suspended = true;
      autoRenew = false;
    } else if (e instanceof TimelineEvent.Reactivated) {
      suspended = false; // billing never stopped; auto-renew stays off until switched on again
    } else if (e instanceof TimelineEvent.AutoRenewChanged a) {
      autoRenew = a.autoRenew();
    }
  }

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
    }
    return e.getClass().getSimpleName();
  }

  private void changeQuantity(Instant at, int newQuantity, ChargeType type) {
    LocalDate d = Dates.utcDate(at);
    String ref = factory.newReference();
    ProratedPrice price = cycle.priceFrom(d, unitPrice, term.months());
    add(factory.priced(type, ref, ctx(), d, cycle.end(), d, quantity, unitPrice, price, true, null));
    add(factory.priced(type, ref, ctx(), d, cycle.end(), d, newQuantity, unitPrice, price, false, null));
    quantity = newQuantity;
    cycleChanged = true;
  }

  private void add(ChargeLine l) {
    out.add(l);
    cycleNet = cycleNet.add(l.amount());
  }

  private void cancel(Instant at) {
    if (at.isAfter(cancelUntil)) {
      throw new CancellationNotAllowedException("cancellation is only allowed until " + Dates.show(cancelUntil)
          + " (the term started on " + term.start() + "); requested on " + Dates.show(at));
    }
    LocalDate d = Dates.utcDate(at);
    String ref = factory.newReference();
    ChargeType type = ChargeType.CANCEL_IMMEDIATE;
    if (!at.isAfter(fullRefundUntil)) {
      if (!cycleChanged) {
        add(factory.priced(type, ref, ctx(), cycle.start(), cycle.end(), d, quantity, unitPrice,
            cycle.price(unitPrice, term.months()), true, "full refund"));
      } else {
        BigDecimal amount = cycleNet.negate();
        BigDecimal unit = amount.divide(BigDecimal.valueOf(quantity), 6, RoundingMode.HALF_UP);
        add(factory.fixed(type, ref, ctx(), cycle.start(), cycle.end(), d, quantity, unitPrice,
            new RoundedAmount(unit, amount), "full refund"));
      }
    } else {
      add(factory.priced(type, ref, ctx(), d, cycle.end(), d, quantity, unitPrice,
          cycle.priceFrom(d, unitPrice, term.months()), true, "prorated refund"));
    }
    ended = "was cancelled";
    endedOn = d;
  }

  private void upgrade(TimelineEvent.Upgraded u) {
    LocalDate d = u.date();
    ProductRef next = new ProductRef(u.productId().or(product::productId), u.skuId().or(product::skuId),
        u.availabilityId().or(product::availabilityId));
    String ref = factory.newReference();
    add(factory.priced(ChargeType.CONVERT, ref, ctx(), d, cycle.end(), d, quantity, unitPrice,
        cycle.priceFrom(d, unitPrice, term.months()), true, "upgrade: refund of the previous price"));
    TermDuration newTerm = u.termDuration().orElse(term.duration());
    if (!newTerm.equals(term.duration())) {
      int months = TermCalendar.termMonths(newTerm);
      if (months < term.months()) {
        throw new ChargeRuleException("upgrade.termDuration", "a term can only go up, not from "
            + term.duration() + " to " + newTerm);
      }
      BillingCycle newPlan = u.billingCycle().orElse(plan);
      int newCycleMonths = TermCalendar.cycleMonths(newPlan, newTerm);
      terms.remove(terms.size() - 1);
      if (d.isAfter(term.start())) {
        terms.add(term.endingOn(d.minusDays(1)));
      }
      term = new Term(d, TermCalendar.termEnd(d, months), d, newTerm, months);
      terms.add(term);
      plan = newPlan;
      cycleMonths = newCycleMonths;
      pendingPlan = null;
      unitPrice = u.unitPrice();
      product = next;
      cycle = Cycle.first(term, cycleMonths);
      add(factory.priced(ChargeType.CONVERT, ref, ctx(), cycle.start(), cycle.end(), d, quantity, unitPrice,
          cycle.price(unitPrice, term.months()), false, "upgrade: new term"));
    } else {
      if (u.billingCycle().isPresent() && !u.billingCycle().get().equals(plan)) {
        throw new ChargeRuleException("upgrade.billingCycle",
            "the billing frequency changes with a longer term only; use a billing-plan change");
      }
      unitPrice = u.unitPrice();
      product = next;
      add(factory.priced(ChargeType.CONVERT, ref, ctx(), d, cycle.end(), d, quantity, unitPrice,
          cycle.priceFrom(d, unitPrice, term.months()), false, "upgrade: new price"));
    }
    cycleChanged = true;
  }

  private void changePlan(BillingCycle target) {
    if (!TermDuration.P3Y.equals(term.duration())) {
      throw new ChargeRuleException("changeBillingPlan",
          "only a P3Y term can change its billing frequency mid-term; this term is " + term.duration());
    }
    boolean fromOk = BillingCycle.MONTHLY.equals(plan) || BillingCycle.ANNUAL.equals(plan);
    boolean toOk = BillingCycle.MONTHLY.equals(target) || BillingCycle.ANNUAL.equals(target);
    if (!fromOk || !toOk) {
      throw new ChargeRuleException("changeBillingPlan",
          "only monthly <-> annual is allowed mid-term (no switch to or from upfront), was " + plan + " -> " + target);
    }
    pendingPlan = target.equals(plan) ? null : target;
  }
}
