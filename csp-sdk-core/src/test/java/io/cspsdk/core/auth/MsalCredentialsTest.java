package io.cspsdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.testing.TestTls;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.CredentialException;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TrustTestCertificate;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MSAL credentials over real HTTPS: WireMock serves the Microsoft Entra ID token endpoint on a TLS port with a
 * test certificate that the JVM's default TLS context trusts for the duration of this class.
 */
class MsalCredentialsTest {
  static final String TENANT = "partner-tenant-1";
  static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
  static final String SECRET = "client-secret-Zq8~value";
  static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

  @RegisterExtension
  static WireMockExtension entra = TrustTestCertificate.httpsWireMock();

  @RegisterExtension
  static TrustTestCertificate trust = new TrustTestCertificate();

  static CredentialOptions options() {
    return CredentialOptions.builder().authorityHost("https://localhost:" + entra.getHttpsPort()).build();
  }

  @Test
  void appOnly_secret_redeemsClientCredentialsAtTokenEndpoint() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"at-app-only\"}")));
    Instant before = Instant.now();

    AccessToken token = PartnerCredentials.appOnly(TENANT, CLIENT_ID, SECRET, options())
        .getToken(TokenRequest.of("https://api.partnercenter.microsoft.com/.default"));

    assertThat(token.token()).isEqualTo("at-app-only");
    assertThat(token.expiresAt()).isBetween(before.plusSeconds(3500), Instant.now().plusSeconds(3600));
    String body = onlyTokenRequestBody();
    assertThat(body).contains("grant_type=client_credentials", "client_id=" + CLIENT_ID,
        "https://api.partnercenter.microsoft.com/.default", "client_secret=" + SECRET);
  }

  @Test
  void appOnlyCertificate_sendsSignedClientAssertionInsteadOfSecret() throws Exception {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"token_type\":\"Bearer\",\"expires_in\":600,\"access_token\":\"at-cert\"}")));

    AccessToken token = PartnerCredentials.appOnlyCertificate(TENANT, CLIENT_ID, TestTls.privateKey(),
        java.util.List.of(TestTls.certificate()), options()).getToken(TokenRequest.of("https://graph.microsoft.com/.default"));

    assertThat(token.token()).isEqualTo("at-cert");
    String body = onlyTokenRequestBody();
    assertThat(body).contains("client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion=", "https://graph.microsoft.com/.default").doesNotContain("client_secret");
  }

  @Test
  void appPlusUser_rotatedRefreshToken_isSavedBackToStore() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(userTokenResponse("at-user", "rt-rotated-2"))));
    RefreshTokenStore store = RefreshTokenStore.inMemory("rt-original-1");

    AccessToken token = PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of("https://api.partnercenter.microsoft.com/.default"));

    assertThat(token.token()).isEqualTo("at-user");
    assertThat(store.load()).contains("rt-rotated-2");
    assertThat(onlyTokenRequestBody()).contains("grant_type=refresh_token", "refresh_token=rt-original-1");
  }

  @Test
  void appPlusUser_expiredRefreshToken_throwsCredentialExceptionWithInvalidGrant() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\",\"error_description\":"
            + "\"AADSTS700082: The refresh token has expired due to inactivity.\",\"error_codes\":[700082],"
            + "\"correlation_id\":\"corr-entra-1\"}")));
    RefreshTokenStore store = RefreshTokenStore.inMemory("rt-stale-secret");

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of("https://api.partnercenter.microsoft.com/.default")))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("invalid_grant");
          assertThat(e.getMessage()).contains("AADSTS700082", "consent flow again")
              .doesNotContain("rt-stale-secret").doesNotContain(SECRET);
        });
    assertThat(store.load()).contains("rt-stale-secret");
  }

  @Test
  void appPlusUser_mfaRequired_throwsCredentialExceptionWithInteractionRequired() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\",\"error_description\":"
            + "\"AADSTS50076: you must use multi-factor authentication to access this resource.\","
            + "\"error_codes\":[50076],\"suberror\":\"basic_action\"}")));

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET,
        RefreshTokenStore.inMemory("rt-1"), options()).getToken(TokenRequest.of("https://api.partner.microsoft.com/.default")))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("interaction_required");
          assertThat(e.getMessage()).contains("AADSTS50076").doesNotContain(SECRET);
        });
  }

  @Test
  void appPlusUser_emptyStore_failsWithoutCallingEntra() {
    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET,
        RefreshTokenStore.inMemory(null), options()).getToken(TokenRequest.of("s/.default")))
        .isInstanceOfSatisfying(CredentialException.class, e -> assertThat(e.reason()).isEqualTo("no_refresh_token"));
    assertThat(entra.getAllServeEvents()).isEmpty();
  }

  @Test
  void appOnly_wrongSecret_throwsInvalidClientWithoutSecretInMessage() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\",\"error_description\":"
            + "\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}")));

    assertThatThrownBy(() -> PartnerCredentials.appOnly(TENANT, CLIENT_ID, SECRET, options())
        .getToken(TokenRequest.of("https://api.partnercenter.microsoft.com/.default")))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("invalid_client");
          assertThat(e.getMessage()).contains("AADSTS7000215").doesNotContain(SECRET);
        });
  }

  @Test
  void consentFlow_authorizationUrlAndRedeem_savesRefreshToken() {
    RefreshTokenStore store = RefreshTokenStore.inMemory(null);
    ConsentFlow flow = ConsentFlow.builder().tenantId(TENANT).clientId(CLIENT_ID).clientSecret(SECRET)
        .redirectUri("https://app.example.com/consent").refreshTokenStore(store).options(options()).build();

    URI url = flow.authorizationUrl("state-xyz");

    String decoded = URLDecoder.decode(url.toString(), StandardCharsets.UTF_8);
    assertThat(url.getScheme()).isEqualTo("https");
    assertThat(url.getPort()).isEqualTo(entra.getHttpsPort());
    assertThat(url.getPath()).isEqualTo("/" + TENANT + "/oauth2/v2.0/authorize");
    assertThat(decoded).contains("client_id=" + CLIENT_ID, "redirect_uri=https://app.example.com/consent",
        "state=state-xyz", "response_type=code", "https://api.partnercenter.microsoft.com/user_impersonation",
        "offline_access").doesNotContain(SECRET);

    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(userTokenResponse("at-first", "rt-from-code"))));
    flow.redeem("auth-code-123");

    assertThat(store.load()).contains("rt-from-code");
    assertThat(onlyTokenRequestBody()).contains("grant_type=authorization_code", "code=auth-code-123",
        "redirect_uri=https://app.example.com/consent");
  }

  @Test
  void client_appPlusUser_redeemsOnceSavesRotatedTokenAndCallsApiWithIt() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("api.partnercenter.microsoft.com"))
        .willReturn(okJson(userTokenResponse("at-pc", "rt-2"))));
    entra.stubFor(get(urlPathEqualTo("/v1/customers/c1/users")).willReturn(okJson("{\"items\":[]}")));
    RefreshTokenStore store = RefreshTokenStore.inMemory("rt-1");
    FakeClock clock = new FakeClock();

    try (PartnerCenterClient pc = PartnerCenterClient.builder()
        .endpoint("http://localhost:" + entra.getPort() + "/v1")
        .credential(PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options()))
        .clock(clock).sleeper(new RecordingSleeper(clock)).build()) {
      pc.raw().list("/customers/c1/users", Map.class).forEach(u -> { });
      pc.raw().get("/customers/c1/users", Map.class);
      assertThat(store.load()).contains("rt-2");
      pc.raw().list("/customers/c1/users", Map.class).forEach(u -> { });
    }

    entra.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    entra.verify(3, getRequestedFor(urlPathEqualTo("/v1/customers/c1/users"))
        .withHeader("Authorization", equalTo("Bearer at-pc")));
  }

  @Test
  void client_concurrentCallersOnColdCache_shareOneTokenRequest() throws Exception {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"at-shared\"}")
        .withFixedDelay(300)));
    entra.stubFor(get(urlPathEqualTo("/v1/customers/c1")).willReturn(okJson("{\"id\":\"c1\"}")));
    FakeClock clock = new FakeClock();
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);

    try (PartnerCenterClient pc = PartnerCenterClient.builder()
        .endpoint("http://localhost:" + entra.getPort() + "/v1")
        .credential(PartnerCredentials.appOnly(TENANT, CLIENT_ID, SECRET, options()))
        .clock(clock).sleeper(new RecordingSleeper(clock)).noRateLimit().build()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<?, ?>>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return (Map<?, ?>) pc.raw().get("/customers/c1", Map.class);
        }));
      }
      start.countDown();
      for (Future<Map<?, ?>> call : calls) {
        assertThat(call.get(30, TimeUnit.SECONDS).get("id")).isEqualTo("c1");
      }
    } finally {
      pool.shutdownNow();
    }

    entra.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    entra.verify(callers, getRequestedFor(urlPathEqualTo("/v1/customers/c1"))
        .withHeader("Authorization", equalTo("Bearer at-shared")));
  }

  @Test
  void authorityHost_http_isRejected() {
    assertThatThrownBy(() -> CredentialOptions.builder().authorityHost("http://localhost:1"))
        .isInstanceOfSatisfying(io.cspsdk.core.error.ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("authorityHost"));
  }

  private String onlyTokenRequestBody() {
    entra.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    return URLDecoder.decode(entra.getAllServeEvents().get(0).getRequest().getBodyAsString(), StandardCharsets.UTF_8);
  }

  static String userTokenResponse(String accessToken, String refreshToken) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    String idToken = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(("{\"aud\":\"" + CLIENT_ID + "\",\"iss\":\"https://login.microsoftonline.com/" + TENANT
            + "/v2.0\",\"tid\":\"" + TENANT + "\",\"oid\":\"user-1\",\"sub\":\"sub-1\",\"preferred_username\":"
            + "\"admin@partner.example\",\"iat\":" + now + ",\"nbf\":" + now + ",\"exp\":" + (now + 3600) + "}")
            .getBytes(StandardCharsets.UTF_8)) + ".";
    String clientInfo = b64.encodeToString(("{\"uid\":\"user-1\",\"utid\":\"" + TENANT + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    return "{\"token_type\":\"Bearer\",\"scope\":\"https://api.partnercenter.microsoft.com/user_impersonation\","
        + "\"expires_in\":" + Duration.ofHours(1).toSeconds() + ",\"ext_expires_in\":3600,\"access_token\":\""
        + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\",\"id_token\":\"" + idToken
        + "\",\"client_info\":\"" + clientInfo + "\"}";
  }
}
