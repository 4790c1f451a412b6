package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.LegacyDailyRate;
import io.cspsdk.billing.charges.RoundingPresets;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The {@link ChargeEngine} of one rule set: the run that applies its rules to a timeline, and the period one
 * invoice covers (new commerce: the calendar month; legacy: the period ending on the billing day).
 */
public final class RulesEngine implements ChargeEngine {
  private final RoundingPresets rounding;
  private final BiFunction<SubscriptionTimeline, LineFactory, TimelineRun> rules;
  private final BiFunction<SubscriptionTimeline, YearMonth, Periods.Range> invoicePeriod;

  private RulesEngine(RoundingPresets rounding, BiFunction<SubscriptionTimeline, LineFactory, TimelineRun> rules,
      BiFunction<SubscriptionTimeline, YearMonth, Periods.Range> invoicePeriod) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    this.rules = rules;
    this.invoicePeriod = invoicePeriod;
  }

  /** New-commerce rules, invoiced by calendar month. */
  public static ChargeEngine newCommerce(RoundingPresets rounding) {
    return new RulesEngine(rounding, NewCommerceRun::new, (timeline, month) -> Periods.calendarMonth(month));
  }

  /** Legacy rules, invoiced by billing-day period (day 15: the 16th of the month before .. the 15th). */
  public static ChargeEngine legacy(RoundingPresets rounding, LegacyDailyRate dailyRate) {
    Objects.requireNonNull(dailyRate, "dailyRate");
    return new RulesEngine(rounding, (timeline, factory) -> new LegacyRun(timeline, factory, dailyRate),
        Periods::legacyBillingPeriod);
  }

  @Override
  public List<ChargeLine> charges(SubscriptionTimeline timeline, LocalDate fromInclusive, LocalDate toInclusive) {
    Periods.requireRange(fromInclusive, toInclusive);
    return Periods.select(run(timeline, toInclusive).lines(), fromInclusive, toInclusive);
  }

  @Override
  public List<ChargeLine> invoice(SubscriptionTimeline timeline, YearMonth month) {
    Periods.Range period = invoicePeriod.apply(timeline, month);
    return charges(timeline, period.from(), period.to());
  }

  @Override
  public LocalDate termEndOn(SubscriptionTimeline timeline, LocalDate date) {
    return run(timeline, date).terms().stream().filter(t -> t.contains(date)).map(Term::end).findFirst()
        .orElseThrow(() -> new ValidationException("date",
            "no term of subscription " + timeline.subscriptionId() + " contains " + date));
  }

  /** Runs the rules over the whole timeline, at least up to {@code to}. */
  private TimelineRun run(SubscriptionTimeline timeline, LocalDate to) {
    return rules.apply(timeline, new LineFactory(timeline, rounding)).run(Periods.horizon(timeline, to));
  }
}
