package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a price or rule is valid: from a day (inclusive) until a day (exclusive), or open-ended. A price set
 * mid-term that holds only until renewal is valid until the renewal day.
 */
public final class Validity {
  private static final Validity ALWAYS = new Validity(LocalDate.MIN, null);
  private final LocalDate from;
  private final LocalDate until;

  private Validity(LocalDate from, LocalDate until) {
    this.from = Objects.requireNonNull(from, "validFrom");
    this.until = until;
    if (until != null && !until.isAfter(from)) {
      throw new ValidationException("validUntil", "must be after validFrom " + from);
    }
  }

  /** Valid at every date. */
  public static Validity always() {
    return ALWAYS;
  }

  /** Valid from {@code from} (inclusive), open-ended. */
  public static Validity from(LocalDate from) {
    return new Validity(from, null);
  }

  /** Valid from {@code from} (inclusive) until {@code until} (exclusive). */
  public static Validity between(LocalDate from, LocalDate until) {
    return new Validity(from, Objects.requireNonNull(until, "validUntil"));
  }

  public LocalDate validFrom() {
    return from;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(until);
  }

  /** Whether {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(Validity other) {
    boolean thisEndsBefore = until != null && !until.isAfter(other.from);
    boolean otherEndsBefore = other.until != null && !other.until.isAfter(from);
    return !thisEndsBefore && !otherEndsBefore;
  }

  /** This period ending at {@code newUntil} (exclusive). */
  public Validity endingAt(LocalDate newUntil) {
    return new Validity(from, newUntil);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity && from.equals(((Validity) o).from) && Objects.equals(until, ((Validity) o).until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  @Override
  public String toString() {
    return "[" + (from.equals(LocalDate.MIN) ? "-∞" : from) + ", " + (until == null ? "∞" : until) + ")";
  }
}
