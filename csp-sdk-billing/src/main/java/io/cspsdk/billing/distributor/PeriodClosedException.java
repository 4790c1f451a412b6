package io.cspsdk.billing.distributor;

import io.cspsdk.core.error.ValidationException;

/** A period was closed out of order or twice; issued invoices stay as they are. */
public class PeriodClosedException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public PeriodClosedException(String rule) {
    super("period", rule);
  }
}
