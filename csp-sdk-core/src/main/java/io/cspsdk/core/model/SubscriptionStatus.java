package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The lifecycle status of a subscription (open: unknown values are kept as sent). */
public final class SubscriptionStatus extends OpenEnum {
  private static final Registry<SubscriptionStatus> R = new Registry<>(SubscriptionStatus::new);

  public static final SubscriptionStatus NONE = R.known("none");
  public static final SubscriptionStatus ACTIVE = R.known("active");
  public static final SubscriptionStatus PENDING = R.known("pending");
  public static final SubscriptionStatus SUSPENDED = R.known("suspended");
  public static final SubscriptionStatus EXPIRED = R.known("expired");
  public static final SubscriptionStatus DELETED = R.known("deleted");
  public static final SubscriptionStatus DISABLED = R.known("disabled");

  private SubscriptionStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static SubscriptionStatus of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
