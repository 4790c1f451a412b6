package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.auth.ConsentFlow;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.customers.CustomerFilter;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.testing.FakeClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The code of csp-sdk-core's README, compiled and run against WireMock so that the README stays true. */
class ReadmeExamplesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  private static final String SID = "a4c1340b-6ce3-4a8b-b6d0-1f1e8d5c3a21";
  private PartnerCenterClient pc;

  @BeforeEach
  void setUp() {
    pc = ResourceGroupTestSupport.client(wm, new FakeClock());
  }

  @AfterEach
  void tearDown() {
    pc.close();
  }

  @Test
  void building_appOnlyAppPlusUserAndStaticToken_buildWithoutCallingEntra() {
    String tenantId = "contoso.onmicrosoft.com";
    String clientId = "11111111-2222-3333-4444-555555555555";
    String clientSecret = "from-a-vault";
    TokenCacheStore store = TokenCacheStore.inMemory();

    // README: app-only
    PartnerCenterClient appOnly = PartnerCenterClient.builder()
        .credential(PartnerCredentials.appOnly(tenantId, clientId, clientSecret))
        .build();
    // README: app+user
    PartnerCenterClient appPlusUser = PartnerCenterClient.builder()
        .credential(PartnerCredentials.appPlusUser(tenantId, clientId, clientSecret, store))
        .applicationName("contoso-billing")
        .timeout(Duration.ofMinutes(2))
        .build();
    // README: static token (tests)
    PartnerCenterClient forTests = PartnerCenterClient.builder()
        .endpoint("http://localhost:8080/v1")
        .credential(PartnerCredentials.staticToken("test-token"))
        .build();

    assertThat(List.of(appOnly, appPlusUser, forTests)).allSatisfy(PartnerCenterClient::close);
  }

  /** README: the one-time consent ("Login with Microsoft"); compiled, run by MsalCredentialsTest's equivalent. */
  static void consent(String tenantId, String clientId, String clientSecret, TokenCacheStore store,
      String codeFromRedirect) {
    ConsentFlow consent = ConsentFlow.builder()
        .tenantId(tenantId).clientId(clientId).clientSecret(clientSecret)
        .redirectUri("https://app.example.com/consent")
        .tokenCacheStore(store)
        .build();
    URI signIn = consent.authorizationUrl("csrf-state-123"); // send the partner admin's browser here
    consent.redeem(codeFromRedirect);                        // on the redirect: the token cache lands in store
  }

  @Test
  void customers_listWithFilterAndGet_readCustomers() {
    wm.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson(collection(null, null, fixture("customer.json")))));
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID)).willReturn(okJson(fixture("customer.json"))));
    List<String> names = new ArrayList<>();

    for (Customer c : pc.customers().list(CustomerFilter.companyNameStartsWith("Wingtip"))) {
      names.add(c.companyProfile().flatMap(p -> p.companyName()).orElse("?"));
    }
    Customer wingtip = pc.customers().get(CID);

    assertThat(names).containsExactly("Wingtip Toys");
    assertThat(wingtip.id()).isEqualTo(CID);
  }

  @Test
  void subscriptions_changeQuantity_withPerCallOptions() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/subscriptions/" + SID))
        .willReturn(okJson(fixture("subscription.json"))));
    wm.stubFor(patch(urlEqualTo("/v1/customers/" + CID + "/subscriptions/" + SID))
        .willReturn(okJson(fixture("subscription.json").replace("\"quantity\": 12", "\"quantity\": 15"))));

    Subscription s = pc.subscriptions(CID).changeQuantity(SID, 15, RequestOptions.builder()
        .correlationId("seat-change-2024-05")   // groups the calls of one workflow
        .requestId("b6a3c1e2-0d4f-4e5a-9b8c-7d6e5f4a3b21") // idempotency key, kept on every retry
        .timeout(Duration.ofSeconds(30))        // overall deadline including retries
        .build());

    assertThat(s.quantity()).isEqualTo(15);
  }

  @Test
  void paging_byPageThenResume_continuesWhereItStopped() {
    wm.stubFor(get(urlEqualTo("/v1/customers?size=100")).willReturn(okJson(collection(
        "/customers?size=100&seekOperation=Next", "tok-1", "{\"id\":\"c1\"}"))));
    wm.stubFor(get(urlEqualTo("/v1/customers?size=100&seekOperation=Next"))
        .willReturn(okJson(collection(null, null, "{\"id\":\"c2\"}"))));

    // README: paging
    Page<Customer> first = pc.customers().list().byPage().iterator().next();
    Optional<String> saved = first.continuationToken().map(ContinuationToken::asString); // store it anywhere
    // ... later, maybe in another process:
    List<String> rest = new ArrayList<>();
    pc.customers().list().resumeFrom(ContinuationToken.parse(saved.orElseThrow()))
        .forEach(c -> rest.add(c.id()));

    assertThat(first.items()).extracting(Customer::id).containsExactly("c1");
    assertThat(rest).containsExactly("c2");
  }

  @Test
  void errors_notFound_carriesStatusCodeAndIds() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("MS-RequestId", "req-9")
        .withBody("{\"code\":20002,\"description\":\"No relationship\"}")));
    List<String> seen = new ArrayList<>();

    // README: errors
    try {
      pc.customers().get(CID);
    } catch (NotFoundException e) {
      seen.add(e.statusCode() + " " + e.errorCode().orElse("-") + " " + e.requestId().orElse("-"));
    } catch (PartnerCenterServiceException e) {       // any other HTTP error, after retries
      seen.add("status " + e.statusCode() + " after " + e.attempts() + " attempts");
    } catch (PartnerCenterException e) {              // connection, timeout, credential, parse
      seen.add(e.getMessage());
    }

    assertThat(seen).containsExactly("404 20002 req-9");
  }

  @Test
  void raw_getIntoAMap_forEndpointsNotYetTyped() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/qualifications"))
        .willReturn(okJson("[{\"qualification\":\"Education\"}]")));

    // README: raw
    List<?> qualifications = pc.raw().get("/customers/" + CID + "/qualifications", List.class);

    assertThat(qualifications).first().isEqualTo(Map.of("qualification", "Education"));
  }
}
