package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;

/** Thrown when no rule or price list entry of a tier covers a line (or a rule needs an ERP that is missing). */
public final class NoApplicablePriceException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public NoApplicablePriceException(String field, String rule) {
    super(field, rule);
  }
}
