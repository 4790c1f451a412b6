package io.cspsdk.billing.report;

import java.time.LocalDate;
import java.util.Objects;

/** One billing cycle of the partner: {@code start..end} inclusive, reported on the day after its end. */
public record BillingPeriod(LocalDate start, LocalDate end) {
  public BillingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The report date: the day after the cycle ends (cycle ending on the 15th → dated the 16th). */
  public LocalDate billingDate() {
    return end.plusDays(1);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
