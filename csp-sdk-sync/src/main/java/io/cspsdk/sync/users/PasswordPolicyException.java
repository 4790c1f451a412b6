package io.cspsdk.sync.users;

import io.cspsdk.core.error.ValidationException;

/** A password broke a {@link PasswordPolicy}; {@link #rule()} names the rule. The password itself is never included. */
public final class PasswordPolicyException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public PasswordPolicyException(String rule) {
    super("password", rule);
  }
}
