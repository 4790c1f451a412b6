package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.testing.CapturingLogs;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import io.cspsdk.core.testing.TrustTestCertificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives real calls (MSAL token request over HTTPS, retried API calls with password bodies, failures) with every
 * logger at TRACE and checks that no secret reaches a log line or an exception message.
 */
class LoggingRedactionTest {
  static final String CLIENT_SECRET = "cs-Secret~Value-4711";
  static final String ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.access-token-body.sig";
  static final String REQUEST_PASSWORD = "Req-P@ssw0rd-31337";
  static final String RESPONSE_PASSWORD = "Resp-P@ssw0rd-8080";
  static final String REFRESH_TOKEN = "0.AAAA-refresh-token-secret";
  static final List<String> SECRETS = List.of(CLIENT_SECRET, ACCESS_TOKEN, REQUEST_PASSWORD, RESPONSE_PASSWORD,
      REFRESH_TOKEN);

  @RegisterExtension
  static WireMockExtension wm = TrustTestCertificate.httpsWireMock();

  @RegisterExtension
  static TrustTestCertificate trust = new TrustTestCertificate();

  @Test
  void traceLogging_realCallsWithSecrets_neverLogsOrThrowsThem() {
    CredentialOptions entra = CredentialOptions.builder().authorityHost("https://localhost:" + wm.getHttpsPort()).build();
    wm.stubFor(post(urlPathEqualTo("/partner-tenant/oauth2/v2.0/token")).willReturn(okJson(
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + ACCESS_TOKEN + "\"}")));
    wm.stubFor(post(urlPathEqualTo("/bad-tenant/oauth2/v2.0/token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\","
            + "\"error_description\":\"AADSTS70008: The refresh token has expired.\",\"error_codes\":[70008]}")));
    wm.stubFor(post(urlEqualTo("/v1/customers/c1/users")).inScenario("u").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(post(urlEqualTo("/v1/customers/c1/users")).inScenario("u").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"u1\",\"passwordProfile\":{\"password\":\"" + RESPONSE_PASSWORD
                + "\",\"forceChangePassword\":true}}")));
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/users/u2")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"code\":800002,\"description\":\"bad\"}")));
    FakeClock clock = new FakeClock();
    List<String> exceptionMessages = new ArrayList<>();

    CapturingLogs.start();
    try (PartnerCenterClient pc = TestClients.builder("http://localhost:" + wm.getPort(), clock, new RecordingSleeper(clock))
        .credential(PartnerCredentials.appOnly("partner-tenant", "client-1", CLIENT_SECRET, entra)).build()) {
      Map<?, ?> user = pc.raw().post("/customers/c1/users", Map.of("userPrincipalName", "a@b.example",
          "passwordProfile", Map.of("password", REQUEST_PASSWORD, "forceChangePassword", true)), Map.class);
      assertThat(user.get("id")).isEqualTo("u1");
      try {
        pc.raw().get("/customers/c1/users/u2", Map.class);
      } catch (PartnerCenterException e) {
        exceptionMessages.add(chain(e));
      }
    }
    try {
      PartnerCredentials.importRefreshToken("bad-tenant", "client-1", CLIENT_SECRET, REFRESH_TOKEN,
          TokenCacheStore.inMemory(), entra);
    } catch (PartnerCenterException e) {
      exceptionMessages.add(chain(e));
    }
    List<String> logs = CapturingLogs.stop();

    assertThat(logs).anySatisfy(l -> assertThat(l).startsWith("DEBUG io.cspsdk.core.http --> POST /v1/customers/c1/users"));
    assertThat(logs).anySatisfy(l -> assertThat(l).contains("retrying POST /v1/customers/c1/users after HTTP 503"));
    assertThat(logs).anySatisfy(l -> assertThat(l).startsWith("TRACE io.cspsdk.core.http --> body")
        .contains("\"password\":\"****\""));
    assertThat(logs).anySatisfy(l -> assertThat(l).startsWith("TRACE io.cspsdk.core.http <-- body")
        .contains("\"password\":\"****\""));
    assertThat(exceptionMessages).hasSize(2);
    for (String secret : SECRETS) {
      assertThat(logs).noneSatisfy(l -> assertThat(l).contains(secret));
      assertThat(exceptionMessages).noneSatisfy(m -> assertThat(m).contains(secret));
    }
    assertThat(logs).noneSatisfy(l -> assertThat(l).containsPattern("(?i)authorization\\s*[:=]|bearer\\s"));
  }

  private static String chain(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append(" | ");
    }
    return sb.toString();
  }
}
