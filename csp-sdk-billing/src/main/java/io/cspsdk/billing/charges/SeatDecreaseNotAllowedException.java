package io.cspsdk.billing.charges;

/** A seat decrease that is not allowed: more seats than are still inside their own 7-day window, or all seats. */
public final class SeatDecreaseNotAllowedException extends ChargeRuleException {
  private static final long serialVersionUID = 1L;

  public SeatDecreaseNotAllowedException(String rule) {
    super("removeQuantity", rule);
  }
}
