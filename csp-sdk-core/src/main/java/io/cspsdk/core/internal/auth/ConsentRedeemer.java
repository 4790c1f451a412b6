package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.Prompt;
import com.microsoft.aad.msal4j.ResponseMode;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.internal.validation.Inputs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The MSAL side of the consent flow: builds the authorization URL and redeems the returned code; MSAL's cache aspect
 * saves the resulting token cache (account and refresh token) to the store.
 */
public final class ConsentRedeemer {
  private final String tenantId;
  private final String clientId;
  private final URI redirectUri;
  private final Set<String> scopes;
  private final ConfidentialClientApplication app;

  public ConsentRedeemer(String tenantId, String clientId, String clientSecret, URI redirectUri, List<String> scopes,
      TokenCacheStore store, CredentialOptions options) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.nonBlank("clientSecret", clientSecret);
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.redirectUri = redirectUri;
    this.scopes = new LinkedHashSet<>(scopes);
    CredentialOptions opts = Credentials.opts(options);
    this.app = MsalApps.build(opts, new MsalHttpClient(opts, null), tenantId, clientId,
        ClientCredentialFactory.createFromSecret(clientSecret), store);
  }

  public URI authorizationUrl(String state) {
    AuthorizationRequestUrlParameters params = AuthorizationRequestUrlParameters
        .builder(redirectUri.toString(), scopes)
        .state(state)
        .responseMode(ResponseMode.QUERY)
        .prompt(Prompt.SELECT_ACCOUNT)
        .build();
    try {
      return app.getAuthorizationRequestUrl(params).toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("MSAL built an invalid authorization URL", e);
    }
  }

  public void redeem(String authorizationCode) {
    Inputs.nonBlank("authorizationCode", authorizationCode);
    String what = "Redeeming the consent code in tenant " + tenantId + " (client " + clientId + ")";
    try {
      IAuthenticationResult result = app.acquireToken(
          AuthorizationCodeParameters.builder(authorizationCode, redirectUri).scopes(scopes).build()).get();
      CacheAccounts.keepOnly(app, result);
    } catch (Exception e) {
      throw MsalErrors.map(e, what);
    }
  }
}
