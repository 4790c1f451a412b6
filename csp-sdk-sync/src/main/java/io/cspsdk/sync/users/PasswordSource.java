package io.cspsdk.sync.users;

import java.util.Optional;

/** The caller's hook that gives a new user's password ("let me specify"); empty = generate one. */
@FunctionalInterface
public interface PasswordSource {
  Optional<Password> passwordFor(String customerId, String userPrincipalName);

  /** Always generate. */
  static PasswordSource generated() {
    return (customerId, upn) -> Optional.empty();
  }
}
