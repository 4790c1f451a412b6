package io.cspsdk.billing.charges;

import io.cspsdk.core.error.RefusalReason;
import java.time.OffsetDateTime;

/** A seat decrease that is not allowed: more seats than are still inside their own 7-day window, or all seats. */
public final class SeatDecreaseNotAllowedException extends ChargeRuleException {
  private static final long serialVersionUID = 1L;

  public SeatDecreaseNotAllowedException(String rule) {
    this(rule, null);
  }

  /** With the end of the window that closed, when one did (null when no window applies). */
  public SeatDecreaseNotAllowedException(String rule, OffsetDateTime allowedUntil) {
    super("removeQuantity", rule, RefusalReason.SEAT_DECREASE_NOT_ALLOWED, allowedUntil);
  }
}
