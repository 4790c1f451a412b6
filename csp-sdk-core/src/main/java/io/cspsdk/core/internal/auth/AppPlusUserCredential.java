package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.RefreshTokenStore;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import java.util.LinkedHashSet;

/**
 * App+user tokens (the secure application model): the stored refresh token is redeemed through MSAL for each scope;
 * when Microsoft Entra ID rotates it, the new one is saved back to the {@link RefreshTokenStore}. Redemptions are
 * serialised so two scopes never redeem (and rotate) the same refresh token at once.
 */
public final class AppPlusUserCredential implements TokenCredential {
  private final String tenantId;
  private final String clientId;
  private final RefreshTokenStore store;
  private final ConfidentialClientApplication app;

  public AppPlusUserCredential(String tenantId, String clientId, IClientCredential credential,
      RefreshTokenStore store, CredentialOptions options, MsalHttpClient http) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.store = store;
    this.app = MsalApps.build(options, http, tenantId, clientId, credential);
  }

  @Override
  public synchronized AccessToken getToken(TokenRequest request) {
    String what = "App+user token for " + request.scopes() + " in tenant " + request.tenantId().orElse(tenantId)
        + " (client " + clientId + ")";
    String refreshToken = store.load().filter(t -> !t.isBlank()).orElseThrow(() -> new CredentialException(
        what + ": no refresh token in the store; run the consent flow first", "no_refresh_token", null));
    RefreshTokenParameters.RefreshTokenParametersBuilder p =
        RefreshTokenParameters.builder(new LinkedHashSet<>(request.scopes()), refreshToken);
    request.tenantId().ifPresent(p::tenant);
    IAuthenticationResult result;
    try {
      result = app.acquireToken(p.build()).get();
    } catch (Exception e) {
      throw MsalErrors.map(e, what);
    }
    saveRotated(refreshToken);
    return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
  }

  private void saveRotated(String previous) {
    for (String token : RefreshTokens.inCache(app.tokenCache().serialize(), clientId)) {
      if (!token.equals(previous)) {
        store.save(token);
        return;
      }
    }
  }

  @Override
  public String toString() {
    return "AppPlusUserCredential{tenantId=" + tenantId + ", clientId=" + clientId + ", secret=****}";
  }
}
