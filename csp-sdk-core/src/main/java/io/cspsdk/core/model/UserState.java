package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether a customer user is active or soft-deleted ({@code state}; open: unknown values are kept). */
public final class UserState extends OpenEnum {
  private static final Registry<UserState> R = new Registry<>(UserState::new);

  public static final UserState ACTIVE = R.known("active");
  /** Soft-deleted: restorable for 30 days after {@code softDeletionTime}. */
  public static final UserState INACTIVE = R.known("inactive");

  private UserState(String value) {
    super(value);
  }

  @JsonCreator
  public static UserState of(String value) {
    return R.of(value);
  }

  public boolean isKnown() {
    return R.isKnown(this);
  }
}
