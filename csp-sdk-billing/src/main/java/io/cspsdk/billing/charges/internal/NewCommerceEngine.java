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

/** The new-commerce {@link ChargeEngine}: invoices by calendar month. */
public final class NewCommerceEngine implements ChargeEngine {
  private final RoundingPresets rounding;

  public NewCommerceEngine(RoundingPresets rounding) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
  }

  @Override
  public List<ChargeLine> charges(SubscriptionTimeline timeline, LocalDate fromInclusive, LocalDate toInclusive) {
    Periods.requireRange(fromInclusive, toInclusive);
    NewCommerceRun run = new NewCommerceRun(timeline, new LineFactory(timeline, rounding))
        .run(Periods.horizon(timeline, toInclusive));
    return Periods.select(run.lines(), fromInclusive, toInclusive);
  }

  @Override
  public List<ChargeLine> invoice(SubscriptionTimeline timeline, YearMonth month) {
    return charges(timeline, month.atDay(1), month.atEndOfMonth());
  }

  @Override
  public LocalDate termEndOn(SubscriptionTimeline timeline, LocalDate date) {
    NewCommerceRun run = new NewCommerceRun(timeline, new LineFactory(timeline, rounding))
        .run(Periods.horizon(timeline, date));
    return run.terms().stream().filter(t -> t.contains(date)).map(Term::end).findFirst()
        .orElseThrow(() -> new ValidationException("date",
            "no term of subscription " + timeline.subscriptionId() + " contains " + date));
  }
}
