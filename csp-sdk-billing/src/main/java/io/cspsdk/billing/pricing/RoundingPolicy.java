package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How line totals are rounded: to the currency's minor unit (2 decimals unless ISO 4217 says otherwise) with a
 * rounding mode per currency, HALF_UP unless configured. Unit prices are never rounded by this policy.
 */
public final class RoundingPolicy {
  private static final RoundingPolicy HALF_UP = new RoundingPolicy(RoundingMode.HALF_UP, Map.of());
  private final RoundingMode defaultMode;
  private final Map<String, RoundingMode> modes;
  private final Map<String, Integer> scales = new ConcurrentHashMap<>();

  private RoundingPolicy(RoundingMode defaultMode, Map<String, RoundingMode> modes) {
    this.defaultMode = defaultMode;
    this.modes = Map.copyOf(modes);
  }

  /** HALF_UP for every currency. */
  public static RoundingPolicy halfUp() {
    return HALF_UP;
  }

  public static Builder builder() {
    return new Builder();
  }

  public RoundingMode mode(String currency) {
    return modes.getOrDefault(currency, defaultMode);
  }

  /** Decimals of the currency's minor unit (2 for unknown codes). */
  public int scale(String currency) {
    return scales.computeIfAbsent(currency, RoundingPolicy::minorUnits);
  }

  /** {@code amount} rounded to the currency's minor unit with the currency's mode. */
  public BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(scale(currency), mode(currency));
  }

  private static int minorUnits(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }

  /** Builder of {@link RoundingPolicy}. */
  public static final class Builder {
    private RoundingMode defaultMode = RoundingMode.HALF_UP;
    private final Map<String, RoundingMode> modes = new HashMap<>();

    public Builder defaultMode(RoundingMode mode) {
      this.defaultMode = check("defaultMode", mode);
      return this;
    }

    public Builder mode(String currency, RoundingMode mode) {
      modes.put(currency, check("mode[" + currency + "]", mode));
      return this;
    }

    public RoundingPolicy build() {
      return new RoundingPolicy(defaultMode, modes);
    }

    private static RoundingMode check(String field, RoundingMode mode) {
      if (mode == null || mode == RoundingMode.UNNECESSARY) {
        throw new ValidationException(field, "must be a rounding mode other than UNNECESSARY");
      }
      return mode;
    }
  }
}
