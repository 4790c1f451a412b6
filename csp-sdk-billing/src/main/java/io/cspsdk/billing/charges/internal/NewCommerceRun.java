package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.CancellationNotAllowedException;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.ChargeRuleException;
import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.Rounding;
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
import java.time.ZoneOffset;
import java.time.LocalDate;

/**
 * The new-commerce rules: custom first-term ends, wipe-and-recreate seat changes with per-batch 7-day windows,
 * cancellation windows, upgrades and P3Y billing-plan changes. Single use, not thread-safe.
 */
final class NewCommerceRun extends TimelineRun {
  private final SeatBatches seats = new SeatBatches();

  private BillingCycle pendingPlan;
  private BigDecimal pendingPrice;
  private Instant cancelUntil;
  private Instant fullRefundUntil;
  /** The line that charged the current cycle, the net of it and every line since, and whether there were any. */
  private ChargeLine cycleCharge;
  private BigDecimal cycleNet;
  private boolean cycleChanged;

  NewCommerceRun(SubscriptionTimeline timeline, LineFactory factory) {
    super(timeline, factory);
  }

  @Override
  protected void startFirstTerm() {
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
    open(p, new Term(start, end, anchor, p.termDuration(), months));
    cancelUntil = p.cancellationAllowedUntil().orElse(p.purchasedAt().plus(Dates.SEVEN_DAYS));
    fullRefundUntil = p.fullRefundUntil().orElse(p.purchasedAt().plus(Dates.ONE_DAY));
    seats.reset(p.purchasedAt(), quantity, cancelUntil);
    chargeFirstCycle(ChargeType.NEW);
  }

  @Override
  protected void chargeCycle(ChargeType type) {
    ChargeLine l = cycleLine(type);
    out.add(l);
    cycleCharge = l;
    cycleNet = l.amount();
    cycleChanged = false;
  }

  @Override
  protected ChargeType onNextCycle() {
    return applyPendingPlan() ? ChargeType.CHANGE_BILLING_PLAN : ChargeType.CYCLE_CHARGE;
  }

  @Override
  protected ChargeType onRenewal(TimelineEvent.Renewed renewal) {
    applyPendingPlan();
    Instant at = Dates.startOf(term.start());
    cancelUntil = renewal != null && renewal.cancellationAllowedUntil().isPresent()
        ? renewal.cancellationAllowedUntil().get() : at.plus(Dates.SEVEN_DAYS);
    fullRefundUntil = at.plus(Dates.ONE_DAY);
    seats.reset(at, quantity, cancelUntil);
    return ChargeType.RENEW;
  }

  /** Suspension turns auto-renew off in new commerce. */
  @Override
  protected String autoRenewOffCauses() {
    return "turned off or suspended";
  }

  @Override
  protected void applyEvent(TimelineEvent e) {
    if (suspended && (e instanceof TimelineEvent.SeatsAdded || e instanceof TimelineEvent.SeatsRemoved
        || e instanceof TimelineEvent.Upgraded || e instanceof TimelineEvent.BillingPlanChanged
        || e instanceof TimelineEvent.SeatsConverted)) {
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
    } else if (e instanceof TimelineEvent.Upgraded u) {
      upgrade(u);
    } else if (e instanceof TimelineEvent.BillingPlanChanged b) {
      changePlan(b.billingCycle(), b.unitPrice().orElse(null));
    } else if (e instanceof TimelineEvent.SeatsConverted c) {
      convertSeats(c);
    } else if (e instanceof TimelineEvent.Suspended) {
      suspended = true;
      autoRenew = false;
    } else if (e instanceof TimelineEvent.Reactivated) {
      suspended = false; // billing never stopped; auto-renew stays off until switched on again
    }
  }

  /** Wipe and recreate: refund of the old and charge of the new quantity from the event date to the cycle end. */
  private void changeQuantity(Instant at, int newQuantity, ChargeType type) {
    LocalDate d = Dates.utcDate(at);
    String ref = factory.newReference();
    ProratedPrice price = restOfCycle(d);
    add(line(type, ref, d, cycle.end(), d, quantity, price, true, null));
    add(line(type, ref, d, cycle.end(), d, newQuantity, price, false, null));
    quantity = newQuantity;
    cycleChanged = true;
  }

  /** One seat at the current price from {@code from} to the end of the current cycle. */
  private ProratedPrice restOfCycle(LocalDate from) {
    return cycle.priceFrom(from, unitPrice, term.months());
  }

  private void add(ChargeLine l) {
    out.add(l);
    cycleNet = cycleNet.add(l.amount());
  }

  private void cancel(Instant at) {
    if (at.isAfter(cancelUntil)) {
      throw new CancellationNotAllowedException("cancellation is only allowed until " + Dates.show(cancelUntil)
          + " (the term started on " + term.start() + "); requested on " + Dates.show(at),
          cancelUntil.atOffset(ZoneOffset.UTC));
    }
    LocalDate d = Dates.utcDate(at);
    String ref = factory.newReference();
    ChargeType type = ChargeType.CANCEL_IMMEDIATE;
    if (at.isAfter(fullRefundUntil)) {
      add(line(type, ref, d, cycle.end(), d, quantity, restOfCycle(d), true, "prorated refund"));
    } else {
      add(factory.fixed(type, ref, ctx(), cycle.start(), cycle.end(), d, quantity, unitPrice, fullRefund(),
          "full refund"));
    }
    end("was cancelled", d);
  }

  /**
   * A full refund reverses exactly what the current cycle charged, as one {@code cancelImmediate} line over the
   * whole cycle at the current quantity (Microsoft's shape: a single negative line). It is never re-priced, so the
   * cycle nets to exactly 0.00 whatever rounding each charge type uses. Without changes in the cycle it is the
   * negated cycle charge (same effective unit price); after seat changes or an upgrade it is the negated net of
   * the cycle charge and every line since, with the effective unit price that amount implies (scale 6).
   */
  private RoundedAmount fullRefund() {
    if (!cycleChanged) {
      return new RoundedAmount(cycleCharge.effectiveUnitPrice(), cycleCharge.amount()).negate();
    }
    BigDecimal amount = cycleNet.negate();
    return new RoundedAmount(amount.divide(BigDecimal.valueOf(quantity), Rounding.UNIT_SCALE, RoundingMode.HALF_UP),
        amount);
  }

  private void upgrade(TimelineEvent.Upgraded u) {
    LocalDate d = u.date();
    ProductRef next = new ProductRef(u.productId().or(product::productId), u.skuId().or(product::skuId),
        u.availabilityId().or(product::availabilityId));
    String ref = factory.newReference();
    add(line(ChargeType.CONVERT, ref, d, cycle.end(), d, quantity, restOfCycle(d), true,
        "upgrade: refund of the previous price"));
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
      term = Term.from(d, newTerm, months);
      terms.add(term);
      plan = newPlan;
      cycleMonths = newCycleMonths;
      pendingPlan = null;
      pendingPrice = null;
      unitPrice = u.unitPrice();
      product = next;
      cycle = Cycle.first(term, cycleMonths);
      add(line(ChargeType.CONVERT, ref, cycle.start(), cycle.end(), d, quantity, cycle.price(unitPrice, term.months()),
          false, "upgrade: new term"));
    } else {
      if (u.billingCycle().isPresent() && !u.billingCycle().get().equals(plan)) {
        throw new ChargeRuleException("upgrade.billingCycle",
            "the billing frequency changes with a longer term only; use a billing-plan change");
      }
      unitPrice = u.unitPrice();
      product = next;
      add(line(ChargeType.CONVERT, ref, d, cycle.end(), d, quantity, restOfCycle(d), false, "upgrade: new price"));
    }
    cycleChanged = true;
  }

  /**
   * A partial upgrade or move: the refund of the moved seats here and the charge of them on the target (at its
   * price, to the end of this cycle: coterminous), one reference id; this subscription keeps the other seats.
   */
  private void convertSeats(TimelineEvent.SeatsConverted c) {
    String operation = operation(c);
    if (c.quantity() >= quantity) {
      throw new ChargeRuleException(operation, "cannot move " + c.quantity() + " of " + quantity
          + " seats: at least one must remain (upgrade the whole subscription instead)");
    }
    LocalDate d = c.date();
    ChargeType type = c.existingTarget() ? ChargeType.MOVE_QUANTITY : ChargeType.CONVERT;
    String ref = factory.newReference();
    add(line(type, ref, d, cycle.end(), d, c.quantity(), restOfCycle(d), true, operation + ": seats moved out"));
    ChargeLine target = factory.priced(type, ref, ctx(), d, cycle.end(), d, c.quantity(), c.unitPrice(),
        cycle.priceFrom(d, c.unitPrice(), term.months()), false, operation + ": seats moved in");
    out.add(target.toBuilder().subscriptionId(c.targetSubscriptionId())
        .productId(c.productId().or(target::productId)).skuId(c.skuId().or(target::skuId)).build());
    seats.take(c.quantity());
    quantity -= c.quantity();
    cycleChanged = true;
  }

  /**
   * A billing-plan change takes effect at the next cycle or renewal, with the new plan's price when it has one;
   * returns whether there was one.
   */
  private boolean applyPendingPlan() {
    if (pendingPlan == null) {
      return false;
    }
    plan = pendingPlan;
    cycleMonths = TermCalendar.cycleMonths(plan, term.duration());
    if (pendingPrice != null) {
      unitPrice = pendingPrice;
    }
    pendingPlan = null;
    pendingPrice = null;
    return true;
  }

  private void changePlan(BillingCycle target, BigDecimal price) {
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
    pendingPrice = pendingPlan == null ? null : price;
  }
}
