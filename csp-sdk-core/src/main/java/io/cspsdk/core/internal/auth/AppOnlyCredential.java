package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import java.util.LinkedHashSet;

/**
 * App-only tokens (OAuth client credentials with a secret or a certificate) through MSAL. MSAL's own token cache is
 * skipped: the client's cache decides when to refresh (by the injected clock), and a token the service rejected
 * must really be replaced.
 */
public final class AppOnlyCredential implements TokenCredential {
  private final String tenantId;
  private final String clientId;
  private final ConfidentialClientApplication app;

  public AppOnlyCredential(String tenantId, String clientId, IClientCredential credential, CredentialOptions options,
      MsalHttpClient http) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.app = MsalApps.build(options, http, tenantId, clientId, credential);
  }

  @Override
  public AccessToken getToken(TokenRequest request) {
    ClientCredentialParameters.ClientCredentialParametersBuilder p =
        ClientCredentialParameters.builder(new LinkedHashSet<>(request.scopes())).skipCache(true);
    request.tenantId().ifPresent(p::tenant);
    try {
      IAuthenticationResult result = app.acquireToken(p.build()).get();
      return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
    } catch (Exception e) {
      throw MsalErrors.map(e, "App-only token for " + request.scopes() + " in tenant "
          + request.tenantId().orElse(tenantId) + " (client " + clientId + ")");
    }
  }

  @Override
  public String toString() {
    return "AppOnlyCredential{tenantId=" + tenantId + ", clientId=" + clientId + ", secret=****}";
  }
}
