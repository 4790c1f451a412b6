package io.cspsdk.billing.charges;

import io.cspsdk.core.error.RefusalReason;
import java.time.OffsetDateTime;

/** Cancellation after the cancellation window of the current term (new commerce: 7 days / 168 h by default). */
public final class CancellationNotAllowedException extends ChargeRuleException {
  private static final long serialVersionUID = 1L;

  public CancellationNotAllowedException(String rule) {
    this(rule, null);
  }

  /** With the end of the cancellation window, when known. */
  public CancellationNotAllowedException(String rule, OffsetDateTime allowedUntil) {
    super("cancel", rule, RefusalReason.CANCELLATION_WINDOW_CLOSED, allowedUntil);
  }
}
