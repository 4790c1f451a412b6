package io.cspsdk.core.internal.auth;

import io.cspsdk.core.error.CredentialException;

/**
 * A {@link io.cspsdk.core.auth.TokenCacheStore} failed inside MSAL's cache aspect; travels through MSAL's futures
 * and becomes a {@link CredentialException}. Keeps only the operation and the failure's class name: the store's
 * exception may quote what it was given, which is a secret.
 */
final class TokenCacheStoreFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TokenCacheStoreFailure(String operation, RuntimeException failure) {
    super("the token cache store failed to " + operation + " (" + failure.getClass().getSimpleName() + ")", null,
        false, false);
  }

  CredentialException toCredentialException(String what) {
    return new CredentialException(what + ": " + getMessage(), "token_cache_store_failed", null);
  }
}
