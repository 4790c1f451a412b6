package io.cspsdk.billing.charges;

/** Cancellation after the cancellation window of the current term (new commerce: 7 days / 168 h by default). */
public final class CancellationNotAllowedException extends ChargeRuleException {
  private static final long serialVersionUID = 1L;

  public CancellationNotAllowedException(String rule) {
    super("cancel", rule);
  }
}
