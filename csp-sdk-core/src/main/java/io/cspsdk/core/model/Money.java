package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in one currency.
 *
 * <p>Arithmetic is exact ({@link BigDecimal}) and currency-checked: combining two amounts of different
 * currencies throws {@link CurrencyMismatchException}. Equality ignores scale ({@code 1.0 USD} equals
 * {@code 1.00 USD}). There is deliberately no factory taking a {@code double}. As JSON it is
 * {@code {"amount": 16.80, "currency": "EUR"}}; the amount is also read from a string.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class Money implements Comparable<Money> {
  private final BigDecimal amount;
  private final String currency;

  private Money(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = normalizeCurrency(currency);
  }

  /** An amount in the given ISO 4217 currency code (case-insensitive, stored upper case). */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  /** An amount parsed from its decimal string form, e.g. {@code Money.of("16.80", "EUR")}. */
  public static Money of(String amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new Money(new BigDecimal(amount.trim()), currency);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount: not a decimal number: '" + amount + "'", e);
    }
  }

  @JsonCreator
  static Money fromJson(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
    return of(amount, currency);
  }

  /** Zero in the given currency. */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  private static String normalizeCurrency(String currency) {
    Objects.requireNonNull(currency, "currency");
    String c = currency.trim().toUpperCase(java.util.Locale.ROOT);
    if (c.length() != 3 || !c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      throw new IllegalArgumentException("currency: must be a 3-letter ISO 4217 code, was '" + currency + "'");
    }
    return c;
  }

  /** The exact amount, at the scale it was given. */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
  }

  /** The ISO 4217 currency code, upper case. */
  @JsonProperty("currency")
  public String currency() {
    return currency;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times a factor, exact (no rounding). */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times a whole quantity, exact (no rounding). */
  public Money times(long quantity) {
    return times(BigDecimal.valueOf(quantity));
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** This amount rounded to {@code scale} decimals with the given mode. */
  public Money round(int scale, RoundingMode mode) {
    return new Money(amount.setScale(scale, mode), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Converts to another currency at {@code rate} (target units per unit of this currency), exact. */
  public Money convert(String targetCurrency, BigDecimal rate) {
    return new Money(amount.multiply(rate), targetCurrency);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Money)) {
      return false;
    }
    Money m = (Money) o;
    return currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
