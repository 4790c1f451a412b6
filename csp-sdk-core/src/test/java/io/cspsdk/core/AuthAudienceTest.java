package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.CredentialException;
import io.cspsdk.core.error.UnauthorizedException;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.Audience;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthAudienceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final List<TokenRequest> requests = new CopyOnWriteArrayList<>();
  private final TokenCredential counting = request -> {
    requests.add(request);
    String scope = request.scopes().get(0);
    return new AccessToken("tok-" + requests.size() + "-" + scope.substring(8, 14),
        clock.instant().plus(Duration.ofHours(1)));
  };

  private PartnerCenterClient client() {
    return TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock)).credential(counting).build();
  }

  @Test
  void call_eachAudience_usesItsBaseUrlAndScopeAndCachesTokens() {
    wm.stubFor(get("/v1/customers").willReturn(okJson("{\"items\":[]}")));
    wm.stubFor(get("/graph/v1.0/reports/x").willReturn(okJson("{}")));
    wm.stubFor(get("/pricesheets/v1.0/sales/y").willReturn(okJson("{}")));
    try (PartnerCenterClient pc = client()) {
      pc.raw().get("/customers", Map.class);
      pc.raw().get("/customers", Map.class);
      pc.caller().call(ApiRequest.get("/reports/x").audience(Audience.GRAPH).build(), Map.class);
      pc.caller().call(ApiRequest.get("/sales/y").audience(Audience.PRICE_SHEETS).build(), Map.class);
    }

    assertThat(requests).extracting(r -> r.scopes().get(0)).containsExactly(
        "https://api.partnercenter.microsoft.com/.default", "https://graph.microsoft.com/.default",
        "https://api.partner.microsoft.com/.default");
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/customers")).withHeader("Authorization", equalTo("Bearer tok-1-api.pa")));
    wm.verify(getRequestedFor(urlEqualTo("/graph/v1.0/reports/x")).withHeader("Authorization",
        equalTo("Bearer tok-2-graph.")));
  }

  @Test
  void call_tokenExpired_isRefreshedBeforeTheNextCall() {
    wm.stubFor(get("/v1/customers").willReturn(okJson("{\"items\":[]}")));
    try (PartnerCenterClient pc = client()) {
      pc.raw().get("/customers", Map.class);
      clock.advance(Duration.ofMinutes(56));
      pc.raw().get("/customers", Map.class);
    }

    assertThat(requests).hasSize(2);
    wm.verify(getRequestedFor(urlEqualTo("/v1/customers")).withHeader("Authorization", equalTo("Bearer tok-2-api.pa")));
  }

  @Test
  void call_cachedTokenRejectedWith401_isRefetchedAndRetriedOnce() {
    wm.stubFor(get("/v1/customers").inScenario("revoked").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(401)).willSetStateTo("ok"));
    wm.stubFor(get("/v1/customers").inScenario("revoked").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"items\":[]}")));
    try (PartnerCenterClient pc = client()) {
      pc.raw().get("/customers", Map.class);
    }

    assertThat(requests).hasSize(2);
    wm.verify(getRequestedFor(urlEqualTo("/v1/customers")).withHeader("Authorization", equalTo("Bearer tok-2-api.pa")));
  }

  @Test
  void call_persistent401_throwsUnauthorizedAfterOneRefresh() {
    wm.stubFor(get("/v1/customers").willReturn(aResponse().withStatus(401)));
    try (PartnerCenterClient pc = client()) {
      assertThatThrownBy(() -> pc.raw().get("/customers", Map.class)).isInstanceOf(UnauthorizedException.class);
    }

    assertThat(requests).hasSize(2);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/customers")));
  }

  @Test
  void call_credentialThrowsUnexpectedly_isWrappedAsCredentialException() {
    TokenCredential broken = request -> {
      throw new IllegalStateException("vault unreachable");
    };
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .credential(broken).build()) {
      assertThatThrownBy(() -> pc.raw().get("/customers", Map.class)).isInstanceOf(CredentialException.class);
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
