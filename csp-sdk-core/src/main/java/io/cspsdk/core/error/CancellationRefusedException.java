package io.cspsdk.core.error;

/** Partner Center code 900117: the subscription's cancellation window has closed; {@link #allowedUntil()} is its end when Partner Center says it. */
public class CancellationRefusedException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;

  public CancellationRefusedException(ServiceError error, int attempts) {
    super(error, attempts, RefusalReason.CANCELLATION_WINDOW_CLOSED, "cancel");
  }
}
