package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.ChargeRuleException;
import io.cspsdk.billing.charges.LegacyDailyRate;
import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.billing.charges.TimelineEvent;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The legacy (pre-new-commerce) rules: cycles anchored on the purchase date and billed in advance, quantity
 * changes re-rated per segment ("Cycle instance prorate") and billed from the next monthly anniversary, credits
 * on suspension and cancellation ("Cancel fee"). Single use, not thread-safe.
 */
final class LegacyRun extends TimelineRun {
  /** A charged stretch of the current cycle at one quantity, and the line that charged it. */
  private record Segment(LocalDate start, LocalDate end, int quantity, ChargeLine line) {}

  private static final long DAYS_PER_YEAR = 365;

  private final int billingDay;
  private final LegacyDailyRate dailyRate;
  private final List<Segment> segments = new ArrayList<>();

  LegacyRun(SubscriptionTimeline timeline, LineFactory factory, LegacyDailyRate dailyRate) {
    super(timeline, factory);
    this.billingDay = Periods.billingDay(timeline);
    this.dailyRate = dailyRate;
  }

  @Override
  protected void startFirstTerm() {
    Purchase p = timeline.purchase();
    if (p.customTermEndDate().isPresent()) {
      throw new ValidationException("purchase.customTermEndDate", "not supported for legacy subscriptions");
    }
    if (!BillingCycle.MONTHLY.equals(p.billingCycle()) && !BillingCycle.ANNUAL.equals(p.billingCycle())) {
      throw new ValidationException("purchase.billingCycle",
          "legacy subscriptions are billed monthly or annually, was " + p.billingCycle());
    }
    int months = TermCalendar.termMonths(p.termDuration());
    open(p, Term.from(p.purchaseDate(), p.termDuration(), months));
    chargeFirstCycle(annual() ? ChargeType.PRORATE_FEES_WHEN_PURCHASE : ChargeType.CYCLE_FEE);
  }

  private boolean annual() {
    return cycleMonths >= 12;
  }

  /** Cycles are never clipped in legacy, so the cycle line is the whole cycle price; nothing while suspended. */
  @Override
  protected void chargeCycle(ChargeType type) {
    segments.clear();
    if (suspended) {
      return;
    }
    ChargeLine l = cycleLine(type);
    out.add(l);
    segments.add(new Segment(cycle.start(), cycle.end(), quantity, l));
  }

  @Override
  protected ChargeType onRenewal(TimelineEvent.Renewed renewal) {
    return ChargeType.CYCLE_FEE;
  }

  @Override
  protected ChargeType onNextCycle() {
    return ChargeType.CYCLE_FEE;
  }

  /**
   * One seat from {@code from} to {@code to} at the daily rate: the monthly price / days of the cycle, or the
   * annual price / 365; {@link LegacyDailyRate#ROUNDED} rounds that rate (half-up, 3 decimals for monthly, 2 for
   * annual billing) before multiplying by the days.
   */
  private ProratedPrice daily(LocalDate from, LocalDate to) {
    long days = TermCalendar.daysInclusive(from, to);
    long monthsPerRate = annual() ? 12 : 1;
    long daysPerRate = annual() ? DAYS_PER_YEAR : TermCalendar.daysInclusive(cycle.start(), cycle.end());
    if (dailyRate == LegacyDailyRate.EXACT) {
      return new ProratedPrice(unitPrice, monthsPerRate * days, term.months() * daysPerRate);
    }
    BigDecimal rate = unitPrice.multiply(BigDecimal.valueOf(monthsPerRate))
        .divide(BigDecimal.valueOf(term.months() * daysPerRate), annual() ? 2 : 3, RoundingMode.HALF_UP);
    return new ProratedPrice(rate, days, 1);
  }

  /** The first monthly anniversary of the term after {@code d}: the day legacy seat changes are billed on. */
  private LocalDate nextAnniversary(LocalDate d) {
    int k = 1;
    while (!term.anchor().plusMonths(k).isAfter(d)) {
      k++;
    }
    return term.anchor().plusMonths(k);
  }

  @Override
  protected void applyEvent(TimelineEvent e) {
    LocalDate d = e.date();
    if (e instanceof TimelineEvent.SeatsAdded a) {
      changeQuantity(d, quantity + a.quantity(), "addQuantity");
    } else if (e instanceof TimelineEvent.SeatsRemoved r) {
      if (r.quantity() >= quantity) {
        throw new ChargeRuleException("removeQuantity", "cannot remove " + r.quantity() + " of " + quantity
            + " seats: at least one must remain (cancel instead)");
      }
      changeQuantity(d, quantity - r.quantity(), "removeQuantity");
    } else if (e instanceof TimelineEvent.Cancelled) {
      credit(d);
      end("was cancelled", d);
    } else if (e instanceof TimelineEvent.Suspended) {
      if (!suspended) {
        credit(d);
        suspended = true;
      }
    } else if (e instanceof TimelineEvent.Reactivated) {
      if (suspended) {
        suspended = false;
        // Microsoft's annual example re-purchases the rest of the year; monthly billing prorates the activation
        ChargeType type = annual() ? ChargeType.PRORATE_FEES_WHEN_PURCHASE : ChargeType.PRORATE_FEES_WHEN_ACTIVATE;
        ChargeLine l = line(type, factory.newReference(), d, cycle.end(), d, quantity, daily(d, cycle.end()),
            false, null);
        out.add(l);
        segments.add(new Segment(d, cycle.end(), quantity, l));
      }
    } else {
      throw new ChargeRuleException(operation(e), "not supported for legacy subscriptions");
    }
  }

  /**
   * Refunds the segment containing {@code d} and re-charges it split at {@code d} ({@link LegacyDailyRate#EXACT}:
   * also at the next monthly anniversary), all dated on the next monthly anniversary, when Microsoft bills them.
   */
  private void changeQuantity(LocalDate d, int newQuantity, String operation) {
    if (suspended) {
      throw new ChargeRuleException(operation, "the subscription is suspended on " + d);
    }
    int index = -1;
    for (int i = 0; i < segments.size(); i++) {
      if (!d.isBefore(segments.get(i).start()) && !d.isAfter(segments.get(i).end())) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalStateException("no charged segment contains " + d);
    }
    Segment s = segments.remove(index);
    String ref = factory.newReference();
    LocalDate billed = nextAnniversary(d);
    out.add(negation(ChargeType.CYCLE_INSTANCE_PRORATE, ref, s.line(), billed));
    List<Segment> pieces = new ArrayList<>();
    if (d.isAfter(s.start())) {
      pieces.add(prorate(ref, s.start(), d.minusDays(1), billed, s.quantity()));
    }
    if (dailyRate == LegacyDailyRate.EXACT && !billed.isAfter(s.end())) {
      pieces.add(prorate(ref, d, billed.minusDays(1), billed, newQuantity));
      pieces.add(prorate(ref, billed, s.end(), billed, newQuantity));
    } else {
      pieces.add(prorate(ref, d, s.end(), billed, newQuantity));
    }
    segments.addAll(index, pieces);
    quantity = newQuantity;
  }

  private Segment prorate(String ref, LocalDate start, LocalDate end, LocalDate billed, int seats) {
    ChargeLine l = line(ChargeType.CYCLE_INSTANCE_PRORATE, ref, start, end, billed, seats, daily(start, end),
        false, null);
    out.add(l);
    return new Segment(start, end, seats, l);
  }

  private ChargeLine negation(ChargeType type, String ref, ChargeLine l, LocalDate eventDate) {
    return factory.fixed(type, ref, ctx(), l.chargeStartDate(), l.chargeEndDate(), eventDate, l.quantity(),
        l.unitPrice(), new RoundedAmount(l.effectiveUnitPrice().negate(), l.amount().negate()), null);
  }

  /** 100 % credit in the first month of the term, afterwards the remaining days of the cycle. */
  private void credit(LocalDate d) {
    ChargeType type = ChargeType.CANCEL_FEE;
    String ref = factory.newReference();
    if (d.isBefore(term.start().plusMonths(1))) {
      for (Segment s : segments) {
        out.add(negation(type, ref, s.line(), d));
      }
    } else {
      out.add(line(type, ref, d, cycle.end(), d, quantity, daily(d, cycle.end()), true, null));
    }
    segments.clear();
  }

  /** In a billing period with quantity changes, the cycle fee billed with them is a "Cycle instance prorate" too. */
  @Override
  protected void finish() {
    Set<LocalDate> changed = new HashSet<>();
    for (ChargeLine l : out) {
      if (ChargeType.CYCLE_INSTANCE_PRORATE.equals(l.chargeType())) {
        changed.add(Periods.legacyPeriodEnd(l.eventDate(), billingDay));
      }
    }
    out.replaceAll(l -> ChargeType.CYCLE_FEE.equals(l.chargeType())
        && changed.contains(Periods.legacyPeriodEnd(l.eventDate(), billingDay))
        ? l.toBuilder().chargeType(ChargeType.CYCLE_INSTANCE_PRORATE).build() : l);
  }
}
