package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.SilentParameters;
import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * App+user tokens (the secure application model): MSAL's token cache lives in the {@link TokenCacheStore} (through
 * MSAL's cache aspect), and each scope is acquired silently for the partner admin's account in that cache, MSAL
 * redeeming the cached refresh token when it holds no valid access token. A refresh token Entra ID rotates is in
 * the store as soon as MSAL has it. Acquisitions are serialised so two scopes never redeem (and rotate) the same
 * refresh token at once.
 */
public final class AppPlusUserCredential implements TokenCredential {
  private final String tenantId;
  private final String clientId;
  private final CredentialOptions options;
  private final ConfidentialClientApplication app;

  public AppPlusUserCredential(String tenantId, String clientId, IClientCredential credential,
      TokenCacheStore store, CredentialOptions options, MsalHttpClient http) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.options = options;
    this.app = MsalApps.build(options, http, tenantId, clientId, credential, store);
  }

  @Override
  public synchronized AccessToken getToken(TokenRequest request) {
    String what = "App+user token for " + request.scopes() + " in tenant " + request.tenantId().orElse(tenantId)
        + " (client " + clientId + ")";
    IAuthenticationResult result;
    try {
      Set<IAccount> accounts = app.getAccounts().join();
      if (accounts.isEmpty()) {
        throw new CredentialException(what + ": no refresh token in the token cache store; run the consent flow "
            + "first", "no_refresh_token", null);
      }
      SilentParameters silent = SilentParameters.builder(new LinkedHashSet<>(request.scopes()),
          accounts.iterator().next()).authorityUrl(MsalApps.authority(options, request.tenantId().orElse(tenantId)))
          .build();
      result = app.acquireTokenSilently(silent).get();
    } catch (CredentialException e) {
      throw e;
    } catch (Exception e) {
      throw MsalErrors.map(e, what);
    }
    return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
  }

  @Override
  public String toString() {
    return "AppPlusUserCredential{tenantId=" + tenantId + ", clientId=" + clientId + ", secret=****}";
  }
}
