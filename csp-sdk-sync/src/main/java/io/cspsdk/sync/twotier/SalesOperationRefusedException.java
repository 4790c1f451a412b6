package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;

/** A distributor attempted a sales operation on a mirrored subscription; only the reseller may perform it. */
public class SalesOperationRefusedException extends ValidationException {
  private static final long serialVersionUID = 1L;
  private final SalesOperation operation;

  public SalesOperationRefusedException(SalesOperation operation, String subscriptionId) {
    super("operation", operation + " is refused on mirrored subscription " + subscriptionId
        + ": only the reseller may sell, change or end it");
    this.operation = operation;
  }

  public SalesOperation operation() {
    return operation;
  }
}
