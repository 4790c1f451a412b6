package io.cspsdk.billing.quote;

import io.cspsdk.core.model.ChargeType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One charge of a quote's first invoice (or of a seat change's immediate charge), as the charge engine expects
 * Microsoft to bill it and as the reseller will bill it on: charge type, period, seats and the amounts.
 */
public record QuoteLine(ChargeType chargeType, LocalDate chargeStartDate, LocalDate chargeEndDate, int quantity,
                        QuoteAmounts amounts) {
  public QuoteLine {
    Objects.requireNonNull(chargeType, "chargeType");
    Objects.requireNonNull(chargeStartDate, "chargeStartDate");
    Objects.requireNonNull(chargeEndDate, "chargeEndDate");
    Objects.requireNonNull(amounts, "amounts");
  }
}
