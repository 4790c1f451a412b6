package io.cspsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Traffic to hosts that do not resolve ({@code .invalid}) succeeds only through the proxy: WireMock as a forward
 * proxy answers for them.
 */
class ProxyTest {
  private static final String PARTNER_CENTER = "http://partner-center.invalid/v1";

  @RegisterExtension
  static WireMockExtension proxy = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().enableBrowserProxying(true)).build();

  private final FakeClock clock = new FakeClock();

  private PartnerCenterClient.Builder client() {
    proxy.stubFor(get(urlPathEqualTo("/v1/customers/c1")).willReturn(okJson("{\"id\":\"c1\"}")));
    return PartnerCenterClient.builder().endpoint(PARTNER_CENTER).graphEndpoint("http://graph.invalid/v1.0")
        .credential(PartnerCredentials.staticToken("t")).clock(clock).sleeper(new RecordingSleeper(clock))
        .noRateLimit();
  }

  @Test
  void proxy_givenHostAndPort_carriesPartnerCenterTraffic() {
    try (PartnerCenterClient pc = client().proxy(ProxyOptions.http("localhost", proxy.getPort())).build()) {
      assertThat(pc.raw().get("/customers/c1", Map.class).get("id")).isEqualTo("c1");
    }
    proxy.verify(getRequestedFor(urlPathEqualTo("/v1/customers/c1")));
  }

  @Test
  void proxy_none_failsToReachTheUnresolvableHost() {
    try (PartnerCenterClient pc = client().build()) {
      assertThatThrownBy(() -> pc.raw().get("/customers/c1", Map.class)).isInstanceOf(ConnectionException.class)
          .satisfies(e -> assertThat(((ConnectionException) e).isRetryable()).isFalse());
    }
  }

  @Test
  void useSystemProperties_jvmProxySettings_carryPartnerCenterTraffic() {
    String host = System.getProperty("http.proxyHost");
    String port = System.getProperty("http.proxyPort");
    System.setProperty("http.proxyHost", "localhost");
    System.setProperty("http.proxyPort", String.valueOf(proxy.getPort()));
    try (PartnerCenterClient pc = client().useSystemProperties().build()) {
      assertThat(pc.raw().get("/customers/c1", Map.class).get("id")).isEqualTo("c1");
    } finally {
      restore("http.proxyHost", host);
      restore("http.proxyPort", port);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
