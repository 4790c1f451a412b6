package io.cspsdk.core.error;

/** Partner Center code 800090: seats can only be removed inside their seat-decrease window (new commerce: 7 days after they were added). */
public class SeatDecreaseRefusedException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;

  public SeatDecreaseRefusedException(ServiceError error, int attempts) {
    super(error, attempts, RefusalReason.SEAT_DECREASE_NOT_ALLOWED, "removeQuantity");
  }
}
