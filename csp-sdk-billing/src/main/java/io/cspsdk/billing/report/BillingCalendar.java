package io.cspsdk.billing.report;

import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The partner's billing cycles for a billing day: every cycle ends on that day of a month (the month's last day
 * when it is shorter: billing day 31 ends cycles on Feb 28/29, Apr 30, ...) and starts the day after the previous
 * cycle's end.
 */
public final class BillingCalendar {
  private final int billingDay;

  private BillingCalendar(int billingDay) {
    if (billingDay < 1 || billingDay > 31) {
      throw new ValidationException("billingDay", "must be between 1 and 31, was " + billingDay);
    }
    this.billingDay = billingDay;
  }

  /** Cycles ending on {@code billingDay} of each month (1 to 31). */
  public static BillingCalendar billingDay(int billingDay) {
    return new BillingCalendar(billingDay);
  }

  public int billingDay() {
    return billingDay;
  }

  /** The last day of the cycle ending in {@code month}. */
  public LocalDate cycleEnd(YearMonth month) {
    return month.atDay(Math.min(billingDay, month.lengthOfMonth()));
  }

  /** The cycle that contains {@code date}. */
  public BillingPeriod periodContaining(LocalDate date) {
    YearMonth month = YearMonth.from(date);
    LocalDate end = cycleEnd(month);
    if (!date.isAfter(end)) {
      return new BillingPeriod(cycleEnd(month.minusMonths(1)).plusDays(1), end);
    }
    return new BillingPeriod(end.plusDays(1), cycleEnd(month.plusMonths(1)));
  }

  /** The cycles whose last day lies in {@code from..to} (inclusive), oldest first. */
  public List<BillingPeriod> periodsEndingBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new ValidationException("to", "must not be before from " + from);
    }
    List<BillingPeriod> periods = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      LocalDate end = cycleEnd(m);
      if (!end.isBefore(from) && !end.isAfter(to)) {
        periods.add(new BillingPeriod(cycleEnd(m.minusMonths(1)).plusDays(1), end));
      }
    }
    return periods;
  }
}
