package io.cspsdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.http.ProxyOptions;
import io.cspsdk.core.testing.ConnectProxy;
import io.cspsdk.core.testing.TrustTestCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Token requests to Microsoft Entra ID go through the proxy of the credential options (HTTPS via CONNECT). */
class MsalProxyTest {
  @RegisterExtension
  static WireMockExtension entra = TrustTestCertificate.httpsWireMock();

  @RegisterExtension
  static TrustTestCertificate trust = new TrustTestCertificate();

  @Test
  void appOnly_withProxy_tunnelsTheTokenRequestThroughIt() throws Exception {
    entra.stubFor(post(urlPathEqualTo("/" + MsalCredentialsTest.TENANT + "/oauth2/v2.0/token")).willReturn(okJson(
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"at-via-proxy\"}")));
    try (ConnectProxy proxy = new ConnectProxy()) {
      CredentialOptions options = CredentialOptions.builder()
          .authorityHost("https://localhost:" + entra.getHttpsPort())
          .proxy(ProxyOptions.http("127.0.0.1", proxy.port()))
          .build();

      AccessToken token = PartnerCredentials.appOnly(MsalCredentialsTest.TENANT, MsalCredentialsTest.CLIENT_ID,
          MsalCredentialsTest.SECRET, options).getToken(TokenRequest.of("https://graph.microsoft.com/.default"));

      assertThat(token.token()).isEqualTo("at-via-proxy");
      assertThat(proxy.tunnels()).isNotEmpty().allMatch(t -> t.equals("localhost:" + entra.getHttpsPort()));
    }
  }
}
