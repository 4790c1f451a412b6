package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;

/** Thrown when an amount must be converted between two currencies and no explicit rate was given. */
public final class MissingExchangeRateException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public MissingExchangeRateException(String from, String to) {
    super("exchangeRates", "no explicit rate from " + from + " to " + to);
  }
}
