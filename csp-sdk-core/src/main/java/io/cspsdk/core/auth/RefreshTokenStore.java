package io.cspsdk.core.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the app+user refresh token lives (a vault, a database row, a file). The credential {@link #load() loads} it
 * before each redemption and {@link #save(String) saves} the rotated token Microsoft Entra ID hands back, so the
 * stored token stays valid. Implementations must be thread-safe and should keep the token encrypted at rest.
 */
public interface RefreshTokenStore {
  /** The current refresh token, absent before the consent flow ran. */
  Optional<String> load();

  /** Replaces the stored refresh token. */
  void save(String refreshToken);

  /** A store held in memory only (tests, or tokens kept elsewhere); {@code initial} may be null. */
  static RefreshTokenStore inMemory(String initial) {
    AtomicReference<String> ref = new AtomicReference<>(initial);
    return new RefreshTokenStore() {
      @Override
      public Optional<String> load() {
        return Optional.ofNullable(ref.get());
      }

      @Override
      public void save(String refreshToken) {
        ref.set(refreshToken);
      }

      @Override
      public String toString() {
        return "RefreshTokenStore.inMemory(****)";
      }
    };
  }
}
