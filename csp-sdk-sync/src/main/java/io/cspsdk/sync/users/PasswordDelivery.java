package io.cspsdk.sync.users;

/**
 * The caller's hook that hands a new user's password to a person (for example by email), called once per created
 * user. Sync never logs, stores or shows the password.
 */
@FunctionalInterface
public interface PasswordDelivery {
  /** @param side where the account was created */
  void deliver(String customerId, String userPrincipalName, SyncSide side, Password password);
}
