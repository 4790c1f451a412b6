package io.cspsdk.billing.charges.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** UTC date and deadline helpers. */
final class Dates {
  static final Duration SEVEN_DAYS = Duration.ofHours(168);
  static final Duration ONE_DAY = Duration.ofHours(24);

  private Dates() {}

  static LocalDate utcDate(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  static Instant startOf(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** A deadline as a date when it falls on midnight UTC, else as an ISO instant. */
  static String show(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT) ? utcDate(at).toString() : at.toString();
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
