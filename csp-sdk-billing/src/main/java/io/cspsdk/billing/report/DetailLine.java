package io.cspsdk.billing.report;

import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One detail line of a report: the lines of a subscription with the same kind, charge type, charge period,
 * product and unit price, quantities added. {@code amount} and {@code cost} are rounded once, here.
 */
public record DetailLine(
    DetailKind kind,
    ChargeType chargeType,
    String productId,
    String skuId,
    String productName,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    BigDecimal cost) {

  /** {@code amount − cost}. */
  public BigDecimal margin() {
    return amount.subtract(cost);
  }
}
