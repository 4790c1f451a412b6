package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.validation.Inputs;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * Creates the MSAL credentials behind {@link io.cspsdk.core.auth.PartnerCredentials}; {@code sslContext} (null =
 * the JVM default) exists for private authority hosts with their own trust anchors.
 */
public final class Credentials {
  private static final String PARTNER_CENTER_DEFAULT_SCOPE = "https://api.partnercenter.microsoft.com/.default";

  private Credentials() {}

  public static TokenCredential appOnly(String tenantId, String clientId, String clientSecret,
      CredentialOptions options, SSLContext sslContext) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.nonBlank("clientSecret", clientSecret);
    return new AppOnlyCredential(tenantId, clientId, ClientCredentialFactory.createFromSecret(clientSecret),
        opts(options), new MsalHttpClient(opts(options), sslContext));
  }

  public static TokenCredential appOnlyCertificate(String tenantId, String clientId, PrivateKey key,
      List<X509Certificate> chain, CredentialOptions options, SSLContext sslContext) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.present("privateKey", key);
    if (chain == null || chain.isEmpty() || chain.stream().anyMatch(java.util.Objects::isNull)) {
      throw new ValidationException("certificateChain", "needs at least the certificate itself, no nulls");
    }
    IClientCredential credential = chain.size() == 1 ? ClientCredentialFactory.createFromCertificate(key, chain.get(0))
        : ClientCredentialFactory.createFromCertificateChain(key, chain);
    return new AppOnlyCredential(tenantId, clientId, credential, opts(options),
        new MsalHttpClient(opts(options), sslContext));
  }

  public static TokenCredential appPlusUser(String tenantId, String clientId, String clientSecret,
      TokenCacheStore store, CredentialOptions options, SSLContext sslContext) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.nonBlank("clientSecret", clientSecret);
    Inputs.present("tokenCacheStore", store);
    return new AppPlusUserCredential(tenantId, clientId, ClientCredentialFactory.createFromSecret(clientSecret),
        store, opts(options), new MsalHttpClient(opts(options), sslContext));
  }

  /**
   * Redeems a refresh token obtained outside csp-sdk once through MSAL, so that MSAL's cache aspect writes the
   * resulting token cache (account, rotated refresh token) to {@code store}.
   */
  public static void importRefreshToken(String tenantId, String clientId, String clientSecret, String refreshToken,
      TokenCacheStore store, CredentialOptions options, SSLContext sslContext) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.nonBlank("clientSecret", clientSecret);
    Inputs.nonBlank("refreshToken", refreshToken);
    Inputs.present("tokenCacheStore", store);
    ConfidentialClientApplication app = MsalApps.build(opts(options), new MsalHttpClient(opts(options), sslContext),
        tenantId, clientId, ClientCredentialFactory.createFromSecret(clientSecret), store);
    String what = "Importing a refresh token in tenant " + tenantId + " (client " + clientId + ")";
    try {
      IAuthenticationResult result = app.acquireToken(
          RefreshTokenParameters.builder(Set.of(PARTNER_CENTER_DEFAULT_SCOPE), refreshToken).build()).get();
      CacheAccounts.keepOnly(app, result);
    } catch (Exception e) {
      throw MsalErrors.map(e, what);
    }
  }

  static CredentialOptions opts(CredentialOptions options) {
    return options == null ? CredentialOptions.defaults() : options;
  }

}
