package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The transaction of an order or order line item (open: unknown values are kept as sent). */
public final class TransactionType extends OpenEnum {
  private static final Registry<TransactionType> R = new Registry<>(TransactionType::new);

  public static final TransactionType NEW = R.known("new");
  public static final TransactionType RENEW = R.known("renew");
  public static final TransactionType ADD_QUANTITY = R.known("addQuantity");
  public static final TransactionType REMOVE_QUANTITY = R.known("removeQuantity");
  public static final TransactionType CANCEL = R.known("cancel");
  public static final TransactionType CONVERT = R.known("convert");
  public static final TransactionType CUSTOMER_CREDIT = R.known("customerCredit");

  private TransactionType(String value) {
    super(value);
  }

  @JsonCreator
  public static TransactionType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
