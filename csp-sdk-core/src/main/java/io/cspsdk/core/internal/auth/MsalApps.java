package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.error.CredentialException;
import java.net.MalformedURLException;
import java.util.Locale;
import java.util.Set;

/**
 * Builds MSAL confidential client applications for an authority host and tenant. Instance discovery and authority
 * validation run for Microsoft's own authority hosts; for any other host (a sovereign proxy, a test token
 * endpoint) they are off, since that host cannot be validated against Microsoft's discovery endpoint.
 */
final class MsalApps {
  private static final Set<String> MICROSOFT_HOSTS = Set.of(
      "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net",
      "login.microsoftonline.us", "login.usgovcloudapi.net", "login.chinacloudapi.cn",
      "login.partner.microsoftonline.cn", "login.microsoftonline.de");

  private MsalApps() {}

  static ConfidentialClientApplication build(CredentialOptions options, IHttpClient http, String tenantId,
      String clientId, IClientCredential credential) {
    return build(options, http, tenantId, clientId, credential, null);
  }

  /** As above, with MSAL's token cache persisted through {@code store} (null = MSAL's in-memory cache only). */
  static ConfidentialClientApplication build(CredentialOptions options, IHttpClient http, String tenantId,
      String clientId, IClientCredential credential, TokenCacheStore store) {
    boolean microsoft = MICROSOFT_HOSTS.contains(options.authorityHost().getHost().toLowerCase(Locale.ROOT));
    try {
      ConfidentialClientApplication.Builder builder = ConfidentialClientApplication.builder(clientId, credential);
      if (store != null) {
        builder.setTokenCacheAccessAspect(new StoreCacheAspect(store));
      }
      return builder
          .authority(authority(options, tenantId))
          .httpClient(http)
          .instanceDiscovery(microsoft)
          .validateAuthority(microsoft)
          .logPii(false)
          .build();
    } catch (MalformedURLException | RuntimeException e) {
      throw new CredentialException("Invalid authority for tenant " + tenantId + " at " + options.authorityHost()
          + " (" + e.getClass().getSimpleName() + ")", "invalid_authority", null);
    }
  }

  static String authority(CredentialOptions options, String tenantId) {
    return options.authorityHost() + "/" + tenantId + "/";
  }
}
