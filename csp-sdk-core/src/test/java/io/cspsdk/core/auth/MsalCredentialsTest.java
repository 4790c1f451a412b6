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
  void appPlusUser_rotatedRefreshToken_isPersistedThroughCacheAspectAndUsedByTheNextCredential() {
    TokenCacheStore store = seeded("rt-original-1", "rt-rotated-2");
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=rt-rotated-2"))
        .willReturn(okJson(userTokenResponse("at-graph", "rt-rotated-3", GRAPH))));

    AccessToken token = PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(GRAPH));

    assertThat(token.token()).isEqualTo("at-graph");
    assertThat(store.load()).hasValueSatisfying(cache -> assertThat(cache).contains("rt-rotated-3")
        .doesNotContain("rt-rotated-2"));
    assertThat(onlyTokenRequestBody()).contains("grant_type=refresh_token", "refresh_token=rt-rotated-2", GRAPH);

    entra.resetRequests();
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=rt-rotated-3"))
        .willReturn(okJson(userTokenResponse("at-pc-api", "rt-rotated-4", PARTNER_API))));

    AccessToken next = PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(PARTNER_API));

    assertThat(next.token()).isEqualTo("at-pc-api");
    assertThat(onlyTokenRequestBody()).contains("refresh_token=rt-rotated-3");
    assertThat(store.load()).hasValueSatisfying(cache -> assertThat(cache).contains("rt-rotated-4"));
  }

  @Test
  void appPlusUser_customerTenant_redeemsTheCachedRefreshTokenAtTheCustomersTokenEndpoint() {
    TokenCacheStore store = seeded("rt-1", "rt-2");
    String customerTokenPath = "/customer-tenant-9/oauth2/v2.0/token";
    entra.stubFor(post(urlPathEqualTo(customerTokenPath)).withRequestBody(containing("refresh_token=rt-2"))
        .willReturn(okJson(userTokenResponse("at-customer-graph", "rt-3", GRAPH))));

    AccessToken token = PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(GRAPH).forTenant("customer-tenant-9"));

    assertThat(token.token()).isEqualTo("at-customer-graph");
    entra.verify(1, postRequestedFor(urlPathEqualTo(customerTokenPath)));
    assertThat(store.load()).hasValueSatisfying(cache -> assertThat(cache).contains("rt-3"));
  }

  @Test
  void appPlusUser_cachedAccessToken_isServedFromTheStoreWithoutATokenRequest() {
    TokenCacheStore store = seeded("rt-1", "rt-2");

    AccessToken token = PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(ConsentFlow.PARTNER_CENTER_USER_IMPERSONATION));

    assertThat(token.token()).isEqualTo("at-imported");
    assertThat(entra.getAllServeEvents()).isEmpty();
  }

  @Test
  void importRefreshToken_expiredRefreshToken_throwsInvalidGrantAndLeavesStoreEmpty() {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(invalidGrant()));
    TokenCacheStore store = TokenCacheStore.inMemory();

    assertThatThrownBy(() -> PartnerCredentials.importRefreshToken(TENANT, CLIENT_ID, SECRET, "rt-stale-secret",
        store, options()))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("invalid_grant");
          assertThat(e.getMessage()).contains("AADSTS700082", "consent flow again")
              .doesNotContain("rt-stale-secret").doesNotContain(SECRET);
        });
    assertThat(store.load()).isEmpty();
  }

  @Test
  void appPlusUser_expiredCachedRefreshToken_throwsCredentialExceptionWithInvalidGrant() {
    TokenCacheStore store = seeded("rt-1", "rt-stale-secret");
    String before = store.load().orElseThrow();
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(invalidGrant()));

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(GRAPH)))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("invalid_grant");
          assertThat(e.getMessage()).contains("AADSTS700082").doesNotContain("rt-stale-secret")
              .doesNotContain(SECRET);
        });
    assertThat(store.load()).contains(before);
  }

  @Test
  void appPlusUser_mfaRequired_throwsCredentialExceptionWithInteractionRequired() {
    TokenCacheStore store = seeded("rt-1", "rt-2");
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\",\"error_description\":"
            + "\"AADSTS50076: you must use multi-factor authentication to access this resource.\","
            + "\"error_codes\":[50076],\"suberror\":\"basic_action\"}")));

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(PARTNER_API)))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("interaction_required");
          assertThat(e.getMessage()).contains("AADSTS50076").doesNotContain(SECRET);
        });
  }

  @Test
  void appPlusUser_emptyStore_failsWithoutCallingEntra() {
    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET,
        TokenCacheStore.inMemory(), options()).getToken(TokenRequest.of("s/.default")))
        .isInstanceOfSatisfying(CredentialException.class, e -> assertThat(e.reason()).isEqualTo("no_refresh_token"));
    assertThat(entra.getAllServeEvents()).isEmpty();
  }

  @Test
  void appPlusUser_storeFailsToSave_throwsTypedCredentialExceptionWithoutSecrets() {
    TokenCacheStore seeded = seeded("rt-1", "rt-2");
    TokenCacheStore failingSave = new TokenCacheStore() {
      @Override
      public java.util.Optional<String> load() {
        return seeded.load();
      }

      @Override
      public void save(String serializedCache) {
        throw new IllegalStateException("vault rejected " + serializedCache);
      }
    };
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=rt-2"))
        .willReturn(okJson(userTokenResponse("at-graph-secret", "rt-rotated-secret", GRAPH))));

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, failingSave, options())
        .getToken(TokenRequest.of(GRAPH)))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("token_cache_store_failed");
          assertThat(e.getMessage()).contains("save", "IllegalStateException")
              .doesNotContain("rt-rotated-secret").doesNotContain("at-graph-secret").doesNotContain("rt-2")
              .doesNotContain("vault rejected").doesNotContain(SECRET);
          assertThat(e.getCause()).isNull();
        });
  }

  @Test
  void appPlusUser_storeFailsToLoad_throwsTypedCredentialExceptionWithoutCallingEntra() {
    TokenCacheStore failingLoad = new TokenCacheStore() {
      @Override
      public java.util.Optional<String> load() {
        throw new java.io.UncheckedIOException(new java.io.IOException("cannot read rt-in-message"));
      }

      @Override
      public void save(String serializedCache) {
      }
    };

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, failingLoad, options())
        .getToken(TokenRequest.of(GRAPH)))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("token_cache_store_failed");
          assertThat(e.getMessage()).contains("load", "UncheckedIOException").doesNotContain("rt-in-message");
        });
    assertThat(entra.getAllServeEvents()).isEmpty();
  }

  @Test
  void appPlusUser_storeHoldsSomethingElse_throwsTypedCredentialExceptionWithoutItsContent() {
    TokenCacheStore store = TokenCacheStore.inMemory();
    store.save("rt-plain-token-not-a-cache");

    assertThatThrownBy(() -> PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(GRAPH)))
        .isInstanceOfSatisfying(CredentialException.class, e -> {
          assertThat(e.reason()).isEqualTo("token_cache_store_failed");
          assertThat(e.getMessage()).doesNotContain("rt-plain-token-not-a-cache");
        });
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
    TokenCacheStore store = TokenCacheStore.inMemory();
    ConsentFlow flow = ConsentFlow.builder().tenantId(TENANT).clientId(CLIENT_ID).clientSecret(SECRET)
        .redirectUri("https://app.example.com/consent").tokenCacheStore(store).options(options()).build();

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

    assertThat(onlyTokenRequestBody()).contains("grant_type=authorization_code", "code=auth-code-123",
        "redirect_uri=https://app.example.com/consent");
    entra.resetRequests();
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=rt-from-code"))
        .willReturn(okJson(userTokenResponse("at-graph", "rt-next", GRAPH))));
    assertThat(PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options())
        .getToken(TokenRequest.of(GRAPH)).token()).isEqualTo("at-graph");
    assertThat(onlyTokenRequestBody()).contains("grant_type=refresh_token", "refresh_token=rt-from-code");
  }

  @Test
  void client_appPlusUser_redeemsOnceSavesRotatedTokenAndCallsApiWithIt() {
    TokenCacheStore store = seeded("rt-0", "rt-1");
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=rt-1"))
        .willReturn(okJson(userTokenResponse("at-pc", "rt-2"))));
    entra.stubFor(get(urlPathEqualTo("/v1/customers/c1/users")).willReturn(okJson("{\"items\":[]}")));
    FakeClock clock = new FakeClock();

    try (PartnerCenterClient pc = PartnerCenterClient.builder()
        .endpoint("http://localhost:" + entra.getPort() + "/v1")
        .credential(PartnerCredentials.appPlusUser(TENANT, CLIENT_ID, SECRET, store, options()))
        .clock(clock).sleeper(new RecordingSleeper(clock)).build()) {
      pc.raw().list("/customers/c1/users", Map.class).forEach(u -> { });
      pc.raw().get("/customers/c1/users", Map.class);
      assertThat(store.load()).hasValueSatisfying(cache -> assertThat(cache).contains("rt-2"));
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

  static final String PARTNER_CENTER = "https://api.partnercenter.microsoft.com/.default";
  static final String GRAPH = "https://graph.microsoft.com/.default";
  static final String PARTNER_API = "https://api.partner.microsoft.com/.default";

  /**
   * A store seeded through {@link PartnerCredentials#importRefreshToken}: {@code imported} rotates to
   * {@code rotated}; the cached access token is for {@code user_impersonation}, so a {@code .default} scope needs the
   * refresh token.
   */
  static TokenCacheStore seeded(String imported, String rotated) {
    entra.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=" + imported))
        .willReturn(okJson(userTokenResponse("at-imported", rotated))));
    TokenCacheStore store = TokenCacheStore.inMemory();
    PartnerCredentials.importRefreshToken(TENANT, CLIENT_ID, SECRET, imported, store, options());
    entra.resetRequests();
    return store;
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder invalidGrant() {
    return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS700082: The refresh token has expired due to "
            + "inactivity.\",\"error_codes\":[700082],\"correlation_id\":\"corr-entra-1\"}");
  }

  static String userTokenResponse(String accessToken, String refreshToken) {
    return userTokenResponse(accessToken, refreshToken, "https://api.partnercenter.microsoft.com/user_impersonation");
  }

  static String userTokenResponse(String accessToken, String refreshToken, String scope) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    String idToken = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(("{\"aud\":\"" + CLIENT_ID + "\",\"iss\":\"https://login.microsoftonline.com/" + TENANT
            + "/v2.0\",\"tid\":\"" + TENANT + "\",\"oid\":\"user-1\",\"sub\":\"sub-1\",\"preferred_username\":"
            + "\"admin@partner.example\",\"iat\":" + now + ",\"nbf\":" + now + ",\"exp\":" + (now + 3600) + "}")
            .getBytes(StandardCharsets.UTF_8)) + ".";
    String clientInfo = b64.encodeToString(("{\"uid\":\"user-1\",\"utid\":\"" + TENANT + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    return "{\"token_type\":\"Bearer\",\"scope\":\"" + scope + "\","
        + "\"expires_in\":" + Duration.ofHours(1).toSeconds() + ",\"ext_expires_in\":3600,\"access_token\":\""
        + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\",\"id_token\":\"" + idToken
        + "\",\"client_info\":\"" + clientInfo + "\"}";
  }
}
