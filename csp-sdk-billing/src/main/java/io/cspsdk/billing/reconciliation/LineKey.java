package io.cspsdk.billing.reconciliation;

import io.cspsdk.billing.report.CostLine;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What identifies a charge across Microsoft's file and the expected lines: subscription, charge type, charge
 * period, quantity and direction (charge or refund: the two lines of a seat change share everything else).
 * Reference ids are not part of the key: Microsoft assigns them, an expectation cannot know them.
 */
public record LineKey(
    String subscriptionId,
    String chargeType,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    BigDecimal quantity,
    boolean refund) {

  /** The key of a line. */
  public static LineKey of(CostLine line) {
    BigDecimal q = line.quantity().abs();
    q = q.signum() == 0 ? BigDecimal.ZERO : q.stripTrailingZeros();
    boolean refund = line.amount().signum() < 0 || line.quantity().signum() < 0;
    return new LineKey(
        line.subscriptionId(),
        io.cspsdk.core.model.OpenEnum.key(line.chargeType().value()),
        line.chargeStartDate(),
        line.chargeEndDate(),
        q,
        refund);
  }
}
