package io.cspsdk.core.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where an app+user credential's token cache lives (a vault, a database row, a file), one per partner tenant and
 * app. The cache is MSAL's serialised token cache, an opaque text holding the partner admin's account, the current
 * refresh token and the access tokens issued with it. MSAL {@link #load() loads} it before every access to its
 * cache and {@link #save(String) saves} it after every change, so a refresh token Microsoft Entra ID rotates is
 * stored the moment it is issued and every client started from the store later redeems it.
 *
 * <p>The text is a secret: keep it encrypted at rest and never log it. Implementations must be thread-safe; a
 * failing {@code load} or {@code save} (any runtime exception) surfaces as a
 * {@link io.cspsdk.core.error.CredentialException} with reason {@code token_cache_store_failed}, whose message names
 * the operation and the exception's class but never carries the exception or its message.
 */
public interface TokenCacheStore {
  /** The serialised token cache, absent before the consent flow (or a refresh token import) wrote one. */
  Optional<String> load();

  /** Replaces the stored serialised token cache. */
  void save(String serializedCache);

  /** A store held in memory only (tests, or a single long-running process), initially empty. */
  static TokenCacheStore inMemory() {
    AtomicReference<String> ref = new AtomicReference<>();
    return new TokenCacheStore() {
      @Override
      public Optional<String> load() {
        return Optional.ofNullable(ref.get());
      }

      @Override
      public void save(String serializedCache) {
        ref.set(serializedCache);
      }

      @Override
      public String toString() {
        return "TokenCacheStore.inMemory(****)";
      }
    };
  }
}
