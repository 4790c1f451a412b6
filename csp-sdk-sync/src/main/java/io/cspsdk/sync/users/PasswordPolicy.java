package io.cspsdk.sync.users;

/**
 * A rule set new users' passwords must meet. {@link PasswordPolicies#productDefault()} (the default) and
 * {@link PasswordPolicies#entraCloud()} ship with the SDK.
 */
public interface PasswordPolicy {
  /**
   * Throws {@link PasswordPolicyException} naming the first rule {@code password} breaks.
   *
   * @param userPrincipalName the account the password is for
   * @param fullName the user's display name (may be empty)
   */
  void check(String password, String userPrincipalName, String fullName);

  /** A random password this policy accepts for the account. */
  Password generate(String userPrincipalName, String fullName);
}
