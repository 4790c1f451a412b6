package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PipelineSliceTest.Item;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;

  @BeforeEach
  void setUp() {
    client = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock)).build();
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/users?size=2")).willReturn(okJson(
        PipelineSliceTest.page(5, "u1", "u2", "/customers/c1/users?size=2&seekOperation=Next", "ct-1"))));
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/users?size=2&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("ct-1")).willReturn(okJson(
            PipelineSliceTest.page(5, "u3", "u4", "v1/customers/c1/users?size=2&seekOperation=Next", "ct-2"))));
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/users?size=2&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("ct-2")).willReturn(okJson(
            PipelineSliceTest.page(5, "u5", null, null, null))));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void byPage_tokensAndTotals_describeEachPage() {
    List<Page<Item>> pages = new ArrayList<>();
    client.raw().list("/customers/c1/users?size=2", Item.class).byPage().forEach(pages::add);

    assertThat(pages).hasSize(3);
    assertThat(pages).allSatisfy(p -> assertThat(p.totalCount()).hasValue(5));
    assertThat(pages.get(0).continuationToken()).isPresent();
    assertThat(pages.get(2).continuationToken()).isEmpty();
    assertThat(pages.get(2).items()).extracting(Item::id).containsExactly("u5");
  }

  @Test
  void resumeFrom_storedTokenString_continuesWithNextUriAndHeaders() {
    PagedIterable<Item> users = client.raw().list("/customers/c1/users?size=2", Item.class);
    Iterator<Page<Item>> pages = users.byPage().iterator();
    String stored = pages.next().continuationToken().orElseThrow().asString();
    wm.resetRequests();

    List<String> rest = new ArrayList<>();
    users.resumeFrom(ContinuationToken.parse(stored)).forEach(u -> rest.add(u.id()));

    assertThat(rest).containsExactly("u3", "u4", "u5");
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/c1/users?size=2")))).isEmpty();
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/c1/users?size=2&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("ct-1")))).hasSize(1);
  }

  @Test
  void stream_closedAfterFirstItems_stopsFetching() {
    try (Stream<Item> s = client.raw().list("/customers/c1/users?size=2", Item.class).stream()) {
      assertThat(s.limit(1).map(Item::id).collect(Collectors.toList())).containsExactly("u1");
    }
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void listByOffset_fullPagesUntilTotalCount_sendsSizeAndOffset() {
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=2&offset=0")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i1\"},{\"id\":\"i2\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=2&offset=2")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i3\"},{\"id\":\"i4\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=2&offset=4")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i5\"}]}")));

    List<String> ids = client.caller().listByOffset(ApiRequest.get("/invoices").query("size", 999).build(),
        Item.class, 2).stream().map(Item::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("i1", "i2", "i3", "i4", "i5");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void listByOffset_serverSendsShorterPagesThanAsked_keepsPagingUntilTotalCount() {
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=4&offset=0")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i1\"},{\"id\":\"i2\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=4&offset=2")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i3\"},{\"id\":\"i4\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=4&offset=4")).willReturn(okJson(
        "{\"totalCount\":5,\"items\":[{\"id\":\"i5\"}]}")));

    List<String> ids = client.caller().listByOffset(ApiRequest.get("/invoices").build(), Item.class, 4)
        .stream().map(Item::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("i1", "i2", "i3", "i4", "i5");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void listByOffset_totalCountIsThePageCount_fullPagesGoOnAndShortPageEnds() {
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=2&offset=0")).willReturn(okJson(
        "{\"totalCount\":2,\"items\":[{\"id\":\"i1\"},{\"id\":\"i2\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=2&offset=2")).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"i3\"}]}")));

    List<String> ids = client.caller().listByOffset(ApiRequest.get("/invoices").build(), Item.class, 2)
        .stream().map(Item::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("i1", "i2", "i3");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void listByOffset_exactMultipleWithoutTotal_endsOnEmptyPageAndResumes() {
    wm.stubFor(get(urlEqualTo("/v1/offers?country=US&size=2&offset=0")).willReturn(okJson(
        "{\"items\":[{\"id\":\"o1\"},{\"id\":\"o2\"}]}")));
    wm.stubFor(get(urlEqualTo("/v1/offers?country=US&size=2&offset=2")).willReturn(okJson("{\"items\":[]}")));

    PagedIterable<Item> offers = client.caller().listByOffset(ApiRequest.get("/offers").query("country", "US").build(),
        Item.class, 2);
    Page<Item> first = offers.byPage().iterator().next();
    List<Item> rest = new ArrayList<>();
    offers.resumeFrom(first.continuationToken().orElseThrow()).forEach(rest::add);

    assertThat(first.items()).extracting(Item::id).containsExactly("o1", "o2");
    assertThat(rest).isEmpty();
    assertThat(offers).extracting(Item::id).containsExactly("o1", "o2");
  }

  @Test
  void list_envelopeWithoutLinks_isSinglePage() {
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/subscribedskus")).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"sku\"}],\"continuationToken\":\"ignored\"}")));

    assertThat(client.raw().list("/customers/c1/subscribedskus", Item.class)).extracting(Item::id)
        .containsExactly("sku");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void list_absoluteNextLink_isFollowedAsIs() {
    wm.stubFor(get(urlEqualTo("/v1/orders")).willReturn(okJson(PipelineSliceTest.page(2, "o1", null,
        wm.baseUrl() + "/v1//orders?page=2", "t"))));
    wm.stubFor(get(urlEqualTo("/v1/orders?page=2")).withHeader("MS-ContinuationToken", equalTo("t"))
        .willReturn(okJson("[{\"id\":\"o2\"}]")));

    assertThat(client.raw().list("/orders", Item.class)).extracting(Item::id).containsExactly("o1", "o2");
  }

  @Test
  void list_graphStyleValueAndNextLink_followsODataLinks() {
    wm.stubFor(get(urlEqualTo("/graph/v1.0/reports/items")).willReturn(okJson(
        "{\"value\":[{\"id\":\"g1\"}],\"@odata.nextLink\":\"" + wm.baseUrl()
            + "/graph/v1.0/reports/items?$skiptoken=abc\"}")));
    wm.stubFor(get(urlEqualTo("/graph/v1.0/reports/items?$skiptoken=abc")).willReturn(okJson(
        "{\"value\":[{\"id\":\"g2\"}]}")));

    PagedIterable<Item> items = client.caller().list(ApiRequest.get("/reports/items")
        .audience(io.cspsdk.core.internal.http.Audience.GRAPH).build(), Item.class);

    assertThat(items).extracting(Item::id).containsExactly("g1", "g2");
  }
}
