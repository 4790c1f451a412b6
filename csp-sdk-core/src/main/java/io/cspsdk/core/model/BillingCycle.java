package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How often a subscription is billed ({@code billingCycle}; open: unknown values are kept).
 * {@link #ONE_TIME} is Partner Center's spelling of "upfront" (one charge for the whole term).
 */
public final class BillingCycle extends OpenEnum {
  private static final Registry<BillingCycle> R = new Registry<>(BillingCycle::new);

  public static final BillingCycle UNKNOWN = R.known("unknown");
  public static final BillingCycle MONTHLY = R.known("monthly");
  public static final BillingCycle ANNUAL = R.known("annual");
  public static final BillingCycle TRIENNIAL = R.known("triennial");
  public static final BillingCycle BIENNIAL = R.known("biennial");
  public static final BillingCycle ONE_TIME = R.known("one_time");
  public static final BillingCycle NONE = R.known("none");

  static {
    R.alias("upfront", ONE_TIME);
  }

  private BillingCycle(String value) {
    super(value);
  }

  @JsonCreator
  public static BillingCycle of(String value) {
    return R.of(value);
  }

  public boolean isKnown() {
    return R.isKnown(this);
  }
}
