package io.cspsdk.billing.charges;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * New-commerce date arithmetic. A term ends the day before the same calendar day one term later, the day clamped
 * to the month's length ({@code 2021-01-31 + P1M → ends 2021-02-27}); monthly cycles start on the anniversary day
 * clamped to each month ({@code 01-31, 02-28, 03-31, 04-30, ...}) and end the day before the next start.
 */
public final class TermCalendar {
  private TermCalendar() {}

  /** The whole months of a term; refuses terms that are not whole months. */
  public static int termMonths(TermDuration term) {
    return term.months().filter(m -> m > 0)
        .orElseThrow(() -> new ValidationException("termDuration", "must be a whole number of months, was " + term));
  }

  /** The months of one charge cycle of {@code cycle} within {@code term} ({@code one_time}: the whole term). */
  public static int cycleMonths(BillingCycle cycle, TermDuration term) {
    int termMonths = termMonths(term);
    int months;
    if (BillingCycle.MONTHLY.equals(cycle)) {
      months = 1;
    } else if (BillingCycle.ANNUAL.equals(cycle)) {
      months = 12;
    } else if (BillingCycle.TRIENNIAL.equals(cycle)) {
      months = 36;
    } else if (BillingCycle.ONE_TIME.equals(cycle)) {
      months = termMonths;
    } else {
      throw new ValidationException("billingCycle", "must be monthly, annual, triennial or one_time, was " + cycle);
    }
    if (months > termMonths || termMonths % months != 0) {
      throw new ValidationException("billingCycle", cycle + " billing does not fit a " + term + " term");
    }
    return months;
  }

  /** The last day of a term of {@code months} months starting on {@code start}. */
  public static LocalDate termEnd(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  /** The last day of a {@code term} starting on {@code start}. */
  public static LocalDate termEnd(LocalDate start, TermDuration term) {
    return termEnd(start, termMonths(term));
  }

  /** Days from {@code start} to {@code end}, both inclusive. */
  public static long daysInclusive(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}
