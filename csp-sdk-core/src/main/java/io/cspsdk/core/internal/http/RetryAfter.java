package io.cspsdk.core.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date (relative to the injected clock's now). */
public final class RetryAfter {
  private RetryAfter() {}

  /** The wait the header asks for, at most {@code cap}; empty when absent or unreadable. */
  public static Optional<Duration> parse(String value, Instant now, Duration cap) {
    return parse(value, now).map(d -> d.compareTo(cap) > 0 ? cap : d);
  }

  /** The wait the header asks for; empty when absent or unreadable, zero for a date in the past. */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
