package io.cspsdk.core.error;

/** Partner Center code 60012: no licences of the SKU are left to assign; buy seats or free some first. */
public class NoLicensesLeftException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;

  public NoLicensesLeftException(ServiceError error, int attempts) {
    super(error, attempts, RefusalReason.NO_LICENSES_LEFT, "assignLicenses");
  }
}
