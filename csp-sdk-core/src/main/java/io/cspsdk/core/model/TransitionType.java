package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How a subscription transition (upgrade) moves licences (open: unknown values are kept as sent). */
public final class TransitionType extends OpenEnum {
  private static final Registry<TransitionType> R = new Registry<>(TransitionType::new);

  public static final TransitionType NONE = R.known("none");
  public static final TransitionType TRANSITION_ONLY = R.known("transition_only");
  public static final TransitionType TRANSITION_WITH_LICENSE_TRANSFER = R.known("transition_with_license_transfer");

  private TransitionType(String value) {
    super(value);
  }

  @JsonCreator
  public static TransitionType of(String value) {
    return R.of(value);
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return R.isKnown(this);
  }
}
