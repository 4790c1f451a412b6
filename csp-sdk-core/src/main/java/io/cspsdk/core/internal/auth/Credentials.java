package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCredential;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.RefreshTokenStore;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.validation.Inputs;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Creates the MSAL credentials behind {@link io.cspsdk.core.auth.PartnerCredentials}; {@code sslContext} (null =
 * the JVM default) exists for private authority hosts with their own trust anchors.
 */
public final class Credentials {
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
      RefreshTokenStore store, CredentialOptions options, SSLContext sslContext) {
    Inputs.nonBlank("tenantId", tenantId);
    Inputs.nonBlank("clientId", clientId);
    Inputs.nonBlank("clientSecret", clientSecret);
    Inputs.present("refreshTokenStore", store);
    return new AppPlusUserCredential(tenantId, clientId, ClientCredentialFactory.createFromSecret(clientSecret),
        store, opts(options), new MsalHttpClient(opts(options), sslContext));
  }

  static CredentialOptions opts(CredentialOptions options) {
    return options == null ? CredentialOptions.defaults() : options;
  }

}
