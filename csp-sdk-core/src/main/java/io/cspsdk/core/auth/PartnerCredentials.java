package io.cspsdk.core.auth;

import io.cspsdk.core.internal.auth.Credentials;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Factories of the credentials csp-sdk supports. Pass one to
 * {@link io.cspsdk.core.PartnerCenterClient.Builder#credential(TokenCredential)}; the client caches their tokens
 * per (tenant, scope) and refreshes them shortly before expiry. Token requests go to Microsoft Entra ID through
 * MSAL; failures surface as {@link io.cspsdk.core.error.CredentialException} with a {@code reason()}.
 */
public final class PartnerCredentials {
  private PartnerCredentials() {}

  /**
   * A fixed bearer token for every scope (tests, or tokens obtained elsewhere). It never expires from the client's
   * point of view; a 401 surfaces as {@link io.cspsdk.core.error.UnauthorizedException}.
   */
  public static TokenCredential staticToken(String token) {
    AccessToken accessToken = new AccessToken(token, Instant.MAX);
    return new TokenCredential() {
      @Override
      public AccessToken getToken(TokenRequest request) {
        return accessToken;
      }

      @Override
      public String toString() {
        return "PartnerCredentials.staticToken(****)";
      }
    };
  }

  /** App-only (client credentials with a secret): customers, subscriptions, orders, catalog, invoices, usage. */
  public static TokenCredential appOnly(String tenantId, String clientId, String clientSecret) {
    return appOnly(tenantId, clientId, clientSecret, CredentialOptions.defaults());
  }

  public static TokenCredential appOnly(String tenantId, String clientId, String clientSecret,
      CredentialOptions options) {
    return Credentials.appOnly(tenantId, clientId, clientSecret, options, null);
  }

  /** App-only with a certificate: {@code chain} starts with the certificate of {@code privateKey}. */
  public static TokenCredential appOnlyCertificate(String tenantId, String clientId, PrivateKey privateKey,
      X509Certificate... chain) {
    return appOnlyCertificate(tenantId, clientId, privateKey, chain == null ? null : java.util.Arrays.asList(chain), CredentialOptions.defaults());
  }

  public static TokenCredential appOnlyCertificate(String tenantId, String clientId, PrivateKey privateKey,
      List<X509Certificate> chain, CredentialOptions options) {
    return Credentials.appOnlyCertificate(tenantId, clientId, privateKey, chain, options, null);
  }

  /**
   * App+user (secure application model): MSAL's token cache lives in {@code store} (written once by
   * {@link ConsentFlow} or {@link #importRefreshToken}); each scope is acquired silently for the partner admin's
   * account in it, MSAL redeeming the cached refresh token, and every change (a rotated refresh token) is saved back
   * to the store through MSAL's cache aspect. Needed for users, licences, invoice documents, price sheets and other
   * delegated-only endpoints. Use one store per partner tenant and app.
   */
  public static TokenCredential appPlusUser(String tenantId, String clientId, String clientSecret,
      TokenCacheStore store) {
    return appPlusUser(tenantId, clientId, clientSecret, store, CredentialOptions.defaults());
  }

  /** {@link #appPlusUser(String, String, String, TokenCacheStore)} with an authority host and timeouts. */
  public static TokenCredential appPlusUser(String tenantId, String clientId, String clientSecret,
      TokenCacheStore store, CredentialOptions options) {
    return Credentials.appPlusUser(tenantId, clientId, clientSecret, store, options, null);
  }

  /**
   * Seeds {@code store} from a refresh token obtained outside csp-sdk (an earlier integration, a script): the token
   * is redeemed once for Partner Center through MSAL and the resulting token cache, holding the rotated refresh
   * token, is saved to the store. Afterwards use {@link #appPlusUser(String, String, String, TokenCacheStore)} with
   * the same store; the imported token itself is no longer valid once Entra ID rotated it.
   *
   * @throws io.cspsdk.core.error.CredentialException when Entra ID refuses the token (reason {@code invalid_grant},
   *     ...) or the store fails ({@code token_cache_store_failed}); messages never carry the token
   */
  public static void importRefreshToken(String tenantId, String clientId, String clientSecret, String refreshToken,
      TokenCacheStore store, CredentialOptions options) {
    Credentials.importRefreshToken(tenantId, clientId, clientSecret, refreshToken, store, options, null);
  }
}
