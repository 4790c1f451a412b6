package io.cspsdk.billing.charges;

import java.math.BigDecimal;
import java.util.Objects;

/** The result of a {@link Rounding}: the effective unit price shown on the line and the line amount (2 decimals). */
public record RoundedAmount(BigDecimal effectiveUnitPrice, BigDecimal amount) {
  public RoundedAmount {
    Objects.requireNonNull(effectiveUnitPrice, "effectiveUnitPrice");
    Objects.requireNonNull(amount, "amount");
  }

  public RoundedAmount negate() {
    return new RoundedAmount(effectiveUnitPrice.negate(), amount.negate());
  }
}
