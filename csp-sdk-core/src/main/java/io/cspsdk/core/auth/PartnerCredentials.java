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
   * App+user (secure application model): the refresh token from {@code store} (obtained once with
   * {@link ConsentFlow}) is redeemed for each scope; rotated refresh tokens are saved back to the store. Needed for
   * users, licences, invoice documents, price sheets and other delegated-only endpoints.
   */
  public static TokenCredential appPlusUser(String tenantId, String clientId, String clientSecret,
      RefreshTokenStore store) {
    return appPlusUser(tenantId, clientId, clientSecret, store, CredentialOptions.defaults());
  }

  public static TokenCredential appPlusUser(String tenantId, String clientId, String clientSecret,
      RefreshTokenStore store, CredentialOptions options) {
    return Credentials.appPlusUser(tenantId, clientId, clientSecret, store, options, null);
  }
}
