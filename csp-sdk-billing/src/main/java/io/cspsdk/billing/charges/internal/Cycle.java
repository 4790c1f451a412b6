package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.TermCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One charge cycle: the nominal interval {@code anchor + offset .. anchor + offset + months - 1 day}, clipped to
 * its term ({@code start..end}). A clipped cycle (custom term end, plan change) is charged pro rata of its nominal
 * length.
 */
record Cycle(LocalDate start, LocalDate end, LocalDate nominalStart, LocalDate nominalEnd, int offset, int months) {

  static Cycle of(Term term, int offset, int months) {
    LocalDate ns = term.anchor().plusMonths(offset);
    LocalDate ne = term.anchor().plusMonths(offset + (long) months).minusDays(1);
    LocalDate s = ns.isBefore(term.start()) ? term.start() : ns;
    LocalDate e = ne.isAfter(term.end()) ? term.end() : ne;
    return new Cycle(s, e, ns, ne, offset, months);
  }

  /** The first cycle of {@code term}: the one whose nominal interval contains the term start. */
  static Cycle first(Term term, int months) {
    int offset = 0;
    while (!term.anchor().plusMonths(offset + (long) months).isAfter(term.start())) {
      offset += months;
    }
    return of(term, offset, months);
  }

  long nominalDays() {
    return TermCalendar.daysInclusive(nominalStart, nominalEnd);
  }

  /** The price of one seat from {@code from} to the cycle end, out of a whole-term {@code unitPrice}. */
  ProratedPrice priceFrom(LocalDate from, BigDecimal unitPrice, int termMonths) {
    return new ProratedPrice(unitPrice, (long) months * TermCalendar.daysInclusive(from, end),
        (long) termMonths * nominalDays());
  }

  /** The price of one seat for this whole (possibly clipped) cycle. */
  ProratedPrice price(BigDecimal unitPrice, int termMonths) {
    return priceFrom(start, unitPrice, termMonths);
  }
}
