package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The charge type of a reconciliation line item or charge line (open: unknown values are kept). New-commerce
 * values use Microsoft's reconciliation spellings; legacy ones ("Cycle fee", "Prorate fees when purchase", ...)
 * match case- and space-insensitively. The orders API's {@code cancel} is an alias of {@link #CANCEL_IMMEDIATE}.
 */
public final class ChargeType extends OpenEnum {
  private static final Registry<ChargeType> R = new Registry<>(ChargeType::new);

  public static final ChargeType NEW = R.known("new");
  public static final ChargeType RENEW = R.known("renew");
  public static final ChargeType CYCLE_CHARGE = R.known("cycleCharge");
  public static final ChargeType ADD_QUANTITY = R.known("addQuantity");
  public static final ChargeType REMOVE_QUANTITY = R.known("removeQuantity");
  public static final ChargeType MOVE_QUANTITY = R.known("moveQuantity");
  public static final ChargeType CONVERT = R.known("convert");
  public static final ChargeType CANCEL_IMMEDIATE = R.known("cancelImmediate");
  public static final ChargeType CHANGE_BILLING_PLAN = R.known("changeBillingPlan");
  public static final ChargeType CUSTOMER_CREDIT = R.known("customerCredit");
  public static final ChargeType EXTEND_TERM = R.known("extendTerm");

  public static final ChargeType ACTIVATION_FEE = R.known("Activation fee");
  public static final ChargeType CANCEL_FEE = R.known("Cancel fee");
  public static final ChargeType CANCEL_INSTANCE_PRORATE = R.known("Cancel instance prorate");
  public static final ChargeType CYCLE_FEE = R.known("Cycle fee");
  public static final ChargeType CYCLE_INSTANCE_PRORATE = R.known("Cycle instance prorate");
  public static final ChargeType PRORATE_FEES_WHEN_CANCEL = R.known("Prorate fees when cancel");
  public static final ChargeType PRORATE_FEES_WHEN_PURCHASE = R.known("Prorate fees when purchase");
  public static final ChargeType PRORATE_FEE_WHEN_RENEW = R.known("Prorate fee when renew");
  public static final ChargeType PRORATE_FEES_WHEN_ACTIVATE = R.known("Prorate fees when activate");
  public static final ChargeType PRORATE_FEES_WHEN_CONVERT = R.known("Prorate fees when convert");

  static {
    R.alias("cancel", CANCEL_IMMEDIATE);
    R.alias("Prorate fees when buy", PRORATE_FEES_WHEN_PURCHASE);
    R.alias("Prorate fees when renew", PRORATE_FEE_WHEN_RENEW);
  }

  private ChargeType(String value) {
    super(value);
  }

  @JsonCreator
  public static ChargeType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above (or an alias of one). */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
