package io.cspsdk.core.auth;

/**
 * Supplies access tokens for a scope (one per API audience: Partner Center, Microsoft Graph, partner price sheets).
 * Implementations must be thread-safe; the client caches tokens per (tenant, scope) and refreshes them shortly
 * before they expire, so implementations need not cache. Failures are reported as
 * {@link io.cspsdk.core.error.CredentialException}.
 */
@FunctionalInterface
public interface TokenCredential {
  /** A token valid for {@code request}'s scopes. */
  AccessToken getToken(TokenRequest request);
}
