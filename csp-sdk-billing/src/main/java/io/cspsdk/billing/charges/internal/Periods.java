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
  /** The days {@code from..to}, both inclusive. */
  record Range(LocalDate from, LocalDate to) {}

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

  /** The new-commerce invoice period: the calendar month. */
  static Range calendarMonth(YearMonth month) {
    return new Range(month.atDay(1), month.atEndOfMonth());
  }

  /** The legacy invoice period of {@code month}: the day after the previous billing date .. the billing date. */
  static Range legacyBillingPeriod(SubscriptionTimeline t, YearMonth month) {
    int day = billingDay(t);
    return new Range(legacyBillingDate(month.minusMonths(1), day).plusDays(1), legacyBillingDate(month, day));
  }

  /** The partner's billing day, which legacy subscriptions require. */
  static int billingDay(SubscriptionTimeline t) {
    return t.billingDay().orElseThrow(() -> new ValidationException("billingDay", "required for legacy subscriptions"));
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
