package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.core.model.TermDuration;
import java.time.LocalDate;

/** One term of a subscription: {@code start..end}; cycles are anchored on {@code anchor}. */
record Term(LocalDate start, LocalDate end, LocalDate anchor, TermDuration duration, int months) {
  /** A whole term of {@code months} months starting, and anchored, on {@code start}. */
  static Term from(LocalDate start, TermDuration duration, int months) {
    return new Term(start, TermCalendar.termEnd(start, months), start, duration, months);
  }

  boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  Term endingOn(LocalDate newEnd) {
    return new Term(start, newEnd, anchor, duration, months);
  }
}
