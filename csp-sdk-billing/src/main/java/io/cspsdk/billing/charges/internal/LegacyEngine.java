package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.RoundingPresets;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** The legacy {@link ChargeEngine}: invoices by billing-day period (day 15: the 16th of the month before .. the 15th). */
public final class LegacyEngine implements ChargeEngine {
  private final RoundingPresets rounding;

  public LegacyEngine(RoundingPresets rounding) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
  }

  @Override
  public List<ChargeLine> charges(SubscriptionTimeline timeline, LocalDate fromInclusive, LocalDate toInclusive) {
    Periods.requireRange(fromInclusive, toInclusive);
    LegacyRun run = new LegacyRun(timeline, new LineFactory(timeline, rounding))
        .run(Periods.horizon(timeline, toInclusive));
    return Periods.select(run.lines(), fromInclusive, toInclusive);
  }

  @Override
  public List<ChargeLine> invoice(SubscriptionTimeline timeline, YearMonth month) {
    int day = timeline.billingDay()
        .orElseThrow(() -> new ValidationException("billingDay", "required for legacy subscriptions"));
    LocalDate end = Periods.legacyBillingDate(month, day);
    LocalDate start = Periods.legacyBillingDate(month.minusMonths(1), day).plusDays(1);
    return charges(timeline, start, end);
  }

  @Override
  public LocalDate termEndOn(SubscriptionTimeline timeline, LocalDate date) {
    LegacyRun run = new LegacyRun(timeline, new LineFactory(timeline, rounding)).run(Periods.horizon(timeline, date));
    return run.terms().stream().filter(t -> t.contains(date)).map(Term::end).findFirst()
        .orElseThrow(() -> new ValidationException("date",
            "no term of subscription " + timeline.subscriptionId() + " contains " + date));
  }
}
