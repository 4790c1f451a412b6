package io.cspsdk.core.error;

/** Partner Center code 13605: the customer has not accepted the Microsoft Customer Agreement; record the acceptance first. */
public class AgreementMissingException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;

  public AgreementMissingException(ServiceError error, int attempts) {
    super(error, attempts, RefusalReason.AGREEMENT_MISSING, "order");
  }
}
