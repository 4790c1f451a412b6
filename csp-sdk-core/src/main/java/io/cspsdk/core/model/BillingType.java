package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How a subscription is billed ({@code billingType}) (open: unknown values are kept as sent). */
public final class BillingType extends OpenEnum {
  private static final Registry<BillingType> R = new Registry<>(BillingType::new);

  public static final BillingType NONE = R.known("none");
  public static final BillingType USAGE = R.known("usage");
  public static final BillingType LICENSE = R.known("license");

  private BillingType(String value) {
    super(value);
  }

  @JsonCreator
  public static BillingType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
