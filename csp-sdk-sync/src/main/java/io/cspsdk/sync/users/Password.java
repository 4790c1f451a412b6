package io.cspsdk.sync.users;

import java.util.Objects;

/** A new user's password on its way to the delivery hook; never shown by {@link #toString()}. */
public final class Password {
  private final String value;

  private Password(String value) {
    this.value = Objects.requireNonNull(value, "password");
  }

  public static Password of(String value) {
    return new Password(value);
  }

  /** The password itself, to hand to Partner Center or to the person who signs in with it. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Password{****}";
  }
}
