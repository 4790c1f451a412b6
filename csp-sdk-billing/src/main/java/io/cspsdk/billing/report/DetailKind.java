package io.cspsdk.billing.report;

import io.cspsdk.core.model.ChargeType;
import java.math.BigDecimal;

/** The kind of a report detail line, derived from the charge type and the sign of the amount. */
public enum DetailKind {
  /** A full charge cycle: {@code new}, {@code renew}, {@code cycleCharge}, legacy "Cycle fee"/"Activation fee". */
  CYCLE_FEE("cycleFee"),
  /** A prorated charge: seat changes, conversions, legacy prorate fees. */
  PRO_RATA("proRata"),
  /** Money back: any negative line other than a credit (seat decrease, cancellation, wipe of the old quantity). */
  REFUND("refund"),
  /** A customer credit from Microsoft, passed through. */
  CREDIT("credit");

  private final String label;

  DetailKind(String label) {
    this.label = label;
  }

  /** The spelling used in exports. */
  public String label() {
    return label;
  }

  /** The kind of a line of {@code chargeType} with the (sales) {@code amount}. */
  public static DetailKind of(ChargeType chargeType, BigDecimal amount) {
    return of(chargeType, amount.signum());
  }

  /** The kind of a line of {@code chargeType} whose (sales) amount has the sign {@code signum}. */
  static DetailKind of(ChargeType chargeType, int signum) {
    if (chargeType == ChargeType.CUSTOMER_CREDIT) {
      return CREDIT;
    }
    if (signum < 0) {
      return REFUND;
    }
    if (chargeType == ChargeType.NEW
        || chargeType == ChargeType.RENEW
        || chargeType == ChargeType.CYCLE_CHARGE
        || chargeType == ChargeType.CYCLE_FEE
        || chargeType == ChargeType.ACTIVATION_FEE) {
      return CYCLE_FEE;
    }
    return PRO_RATA;
  }
}
