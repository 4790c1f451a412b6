package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The status of an order (open: unknown values are kept as sent). */
public final class OrderStatus extends OpenEnum {
  private static final Registry<OrderStatus> R = new Registry<>(OrderStatus::new);

  public static final OrderStatus PENDING = R.known("pending");
  public static final OrderStatus COMPLETED = R.known("completed");
  public static final OrderStatus CANCELLED = R.known("cancelled");

  static {
    R.alias("canceled", CANCELLED);
  }

  private OrderStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static OrderStatus of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
