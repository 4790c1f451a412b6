package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A subscription term as an ISO-8601 period ({@code P1M}, {@code P1Y}, {@code P3Y}; open: others are kept). */
public final class TermDuration extends OpenEnum {
  private static final Registry<TermDuration> R = new Registry<>(TermDuration::new);

  public static final TermDuration P1M = R.known("P1M");
  public static final TermDuration P1Y = R.known("P1Y");
  public static final TermDuration P3Y = R.known("P3Y");

  private TermDuration(String value) {
    super(value);
  }

  @JsonCreator
  public static TermDuration of(String value) {
    return R.of(value);
  }

  /** The length in whole months, when the value is an ISO-8601 period of years and/or months. */
  public Optional<Integer> months() {
    try {
      Period p = Period.parse(value().toUpperCase(java.util.Locale.ROOT));
      return p.getDays() == 0 ? Optional.of((int) p.toTotalMonths()) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean isKnown() {
    return R.isKnown(this);
  }
}
