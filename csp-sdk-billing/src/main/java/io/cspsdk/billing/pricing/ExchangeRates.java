package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Explicit exchange rates between currencies (target units per source unit). Nothing is implied: neither the
 * inverse of a rate nor a rate through a third currency; a missing rate is a {@link MissingExchangeRateException}.
 */
public final class ExchangeRates {
  private static final ExchangeRates NONE = new ExchangeRates(Map.of());
  private final Map<String, BigDecimal> rates;

  private ExchangeRates(Map<String, BigDecimal> rates) {
    this.rates = Map.copyOf(rates);
  }

  /** No rates: only same-currency conversions succeed. */
  public static ExchangeRates none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rate from {@code from} to {@code to}; 1 for the same currency. */
  public BigDecimal rate(String from, String to) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    BigDecimal r = rates.get(from + to);
    if (r == null) {
      throw new MissingExchangeRateException(from, to);
    }
    return r;
  }

  /** {@code amount} in {@code from} converted to {@code to} (exact). */
  public BigDecimal convert(BigDecimal amount, String from, String to) {
    return from.equals(to) ? amount : amount.multiply(rate(from, to));
  }

  /** Builder of {@link ExchangeRates}. */
  public static final class Builder {
    private final Map<String, BigDecimal> rates = new HashMap<>();

    /** One unit of {@code from} is worth {@code rate} units of {@code to}. */
    public Builder rate(String from, String to, BigDecimal rate) {
      String f = currency("from", from);
      String t = currency("to", to);
      if (rate == null || rate.signum() <= 0) {
        throw new ValidationException("exchangeRates." + f + t, "rate must be positive");
      }
      rates.put(f + t, rate);
      return this;
    }

    public Builder rate(String from, String to, String rate) {
      return rate(from, to, new BigDecimal(rate));
    }

    public ExchangeRates build() {
      return new ExchangeRates(rates);
    }

    private static String currency(String field, String code) {
      if (code == null || code.trim().length() != 3) {
        throw new ValidationException(field, "must be a 3-letter ISO 4217 code, was '" + code + "'");
      }
      return code.trim().toUpperCase(Locale.ROOT);
    }
  }
}
