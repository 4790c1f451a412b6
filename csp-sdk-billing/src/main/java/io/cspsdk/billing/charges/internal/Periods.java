package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.charges.TimelineEvent;
import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** Period selection shared by the engines. */
final class Periods {
  private Periods() {}

  static void requireRange(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new ValidationException("period", "fromInclusive and toInclusive are required");
    }
    if (to.isBefore(from)) {
      throw new ValidationException("period", "toInclusive " + to + " is before fromInclusive " + from);
    }
  }

  /** How far a run must go: the end of the period or the last event, whichever is later. */
  static LocalDate horizon(SubscriptionTimeline t, LocalDate to) {
    LocalDate h = to;
    for (TimelineEvent e : t.events()) {
      h = Dates.max(h, e.date());
    }
    return h;
  }

  /** The lines with an event date in the period, ordered by event date (stable). */
  static List<ChargeLine> select(List<ChargeLine> lines, LocalDate from, LocalDate to) {
    return lines.stream()
        .filter(l -> !l.eventDate().isBefore(from) && !l.eventDate().isAfter(to))
        .sorted(Comparator.comparing(ChargeLine::eventDate))
        .toList();
  }

  /** The legacy billing-period end on or after {@code date}: the billing day, clamped to short months. */
  static LocalDate legacyPeriodEnd(LocalDate date, int billingDay) {
    LocalDate candidate = legacyBillingDate(YearMonth.from(date), billingDay);
    return candidate.isBefore(date) ? legacyBillingDate(YearMonth.from(date).plusMonths(1), billingDay) : candidate;
  }

  static LocalDate legacyBillingDate(YearMonth month, int billingDay) {
    return month.atDay(Math.min(billingDay, month.lengthOfMonth()));
  }
}
