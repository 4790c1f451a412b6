package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineSliceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  record Item(String id, BigDecimal quantity) {}

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private PartnerCenterClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.builder(wm.baseUrl(), clock, sleeper).applicationName("csp-sdk-tests").build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void call_get_sendsPartnerCenterHeadersAndReadsJson() {
    wm.stubFor(get(urlPathEqualTo("/v1/customers/c1")).willReturn(okJson("{\"id\":\"c1\",\"quantity\":\"12.50\"}")));

    Item item = client.caller().call(ApiRequest.get("/customers/c1")
        .query("filter", "{\"Field\":\"CompanyName\",\"Value\":\"a b\"}")
        .options(RequestOptions.builder().correlationId("corr-1").ifMatch("\"etag-1\"").header("X-Extra", "yes").build())
        .build(), Item.class);

    assertThat(item).isEqualTo(new Item("c1", new BigDecimal("12.50")));
    wm.verify(getRequestedFor(urlEqualTo(
        "/v1/customers/c1?filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22a%20b%22%7D"))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("MS-RequestId", matching("[0-9a-f-]{36}"))
        .withHeader("MS-CorrelationId", equalTo("corr-1"))
        .withHeader("MS-Contract-Version", equalTo("v1"))
        .withHeader("X-Locale", equalTo("en-US"))
        .withHeader("MS-PartnerCenter-Application", equalTo("csp-sdk-tests"))
        .withHeader("If-Match", equalTo("\"etag-1\""))
        .withHeader("X-Extra", equalTo("yes")));
  }

  @Test
  void raw_post_sendsJsonBodyAndGivenRequestId() {
    wm.stubFor(post("/v1/customers/c1/carts").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"cart-1\"}")));

    Map<?, ?> cart = client.raw().post("/customers/c1/carts", Map.of("lineItems", List.of()), Map.class,
        RequestOptions.builder().requestId("idem-42").build());

    assertThat(cart.get("id")).isEqualTo("cart-1");
    wm.verify(postRequestedFor(urlEqualTo("/v1/customers/c1/carts"))
        .withHeader("MS-RequestId", equalTo("idem-42"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("{\"lineItems\":[]}")));
  }

  @Test
  void list_threePagesWithContinuationHeaders_followsMixedNextLinksLazily() {
    wm.stubFor(get(urlEqualTo("/v1/customers?size=2")).willReturn(okJson(page(3, "a", "b",
        "/customers?size=2&seekOperation=Next", "tok-1"))));
    wm.stubFor(get(urlEqualTo("/v1/customers?size=2&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("tok-1"))
        .willReturn(okJson(page(3, "c", "d", "/v1//customers?size=2&seekOperation=Next&p=3", "tok-2"))));
    wm.stubFor(get(urlEqualTo("/v1/customers?size=2&seekOperation=Next&p=3"))
        .withHeader("MS-ContinuationToken", equalTo("tok-2"))
        .willReturn(okJson(page(3, "e", null, null, null))));

    PagedIterable<Item> listing = client.raw().list("/customers?size=2", Item.class);
    assertThat(wm.getAllServeEvents()).isEmpty();

    List<String> ids = listing.stream().map(Item::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void list_plainArrayBody_isOnePage() {
    wm.stubFor(get("/v1/customers/c1/subscriptions").willReturn(okJson("[{\"id\":\"s1\"},{\"id\":\"s2\"}]")));

    List<Page<Item>> pages = new java.util.ArrayList<>();
    client.raw().list("/customers/c1/subscriptions", Item.class).byPage().forEach(pages::add);

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).extracting(Item::id).containsExactly("s1", "s2");
    assertThat(pages.get(0).continuationToken()).isEmpty();
  }

  @Test
  void call_unreadableField_throwsResponseParseExceptionWithJsonPath() {
    wm.stubFor(get("/v1/customers").willReturn(okJson("{\"totalCount\":4,\"items\":[{\"id\":\"a\"},{\"id\":\"b\"},"
        + "{\"id\":\"c\"},{\"id\":\"d\",\"quantity\":\"secret-ish-value\"}]}")));

    assertThatThrownBy(() -> client.raw().list("/customers", Item.class).forEach(i -> { }))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.path()).isEqualTo("items[3].quantity");
          assertThat(e.getMessage()).contains("items[3].quantity").doesNotContain("secret-ish-value");
        });
  }

  @Test
  void call_notFound_throwsTypedExceptionWithServiceError() {
    wm.stubFor(get("/v1/customers/nope").willReturn(aResponse().withStatus(404)
        .withHeader("MS-RequestId", "srv-req").withHeader("MS-CorrelationId", "srv-corr")
        .withBody("{\"code\":20002,\"description\":\"No relationship\",\"data\":[\"x\"],\"source\":\"PartnerFD\"}")));

    assertThatThrownBy(() -> client.raw().get("/customers/nope", Item.class))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.errorCode()).contains("20002");
          assertThat(e.description()).contains("No relationship");
          assertThat(e.error().data()).containsExactly("x");
          assertThat(e.requestId()).contains("srv-req");
          assertThat(e.correlationId()).contains("srv-corr");
          assertThat(e.attempts()).isEqualTo(1);
        });
  }

  @Test
  void call_externalAudience_sendsNoAuthorization() {
    wm.stubFor(get(urlPathEqualTo("/blob/file.json.gz")).willReturn(okJson("{\"id\":\"blob\"}")));

    Item item = client.caller().call(ApiRequest.external(wm.baseUrl() + "/blob/file.json.gz?sig=abc").build(),
        Item.class);

    assertThat(item.id()).isEqualTo("blob");
    wm.verify(getRequestedFor(urlPathEqualTo("/blob/file.json.gz")).withHeader("Authorization", absent()));
  }

  static String page(int total, String first, String second, String next, String token) {
    StringBuilder items = new StringBuilder("{\"id\":\"" + first + "\"}");
    if (second != null) {
      items.append(",{\"id\":\"").append(second).append("\"}");
    }
    String links = next == null ? "{\"self\":{\"uri\":\"/customers\",\"method\":\"GET\",\"headers\":[]}}"
        : "{\"next\":{\"uri\":\"" + next + "\",\"method\":\"GET\",\"headers\":[{\"key\":\"MS-ContinuationToken\","
            + "\"value\":\"" + token + "\"}]}}";
    return "{\"totalCount\":" + total + ",\"items\":[" + items + "],\"links\":" + links
        + ",\"attributes\":{\"objectType\":\"Collection\"}}";
  }
}
