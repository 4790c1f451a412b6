package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Availability;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Offer;
import io.cspsdk.core.model.Product;
import io.cspsdk.core.model.ProductType;
import io.cspsdk.core.model.Sku;
import io.cspsdk.core.model.TargetSegment;
import io.cspsdk.core.model.TargetView;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CatalogApiTest extends WireMockApiTest {
  @Test
  void products_knownViewInAnySpelling_isSentInPartnerCenterSpelling_unknownViewAsWritten() {
    wm.stubFor(get(urlEqualTo("/v1/products?country=US&targetView=AzureReservationsVM&targetSegment=nonprofit"))
        .willReturn(okJson(collection(null, null))));
    wm.stubFor(get(urlEqualTo("/v1/products?country=US&targetView=QuantumServices&targetSegment=Charity"))
        .willReturn(okJson(collection(null, null))));

    assertThat(client.catalog().products("US", TargetView.of("azure_reservations_vm"), TargetSegment.of("NonProfit"),
        RequestOptions.none())).isEmpty();
    assertThat(client.catalog().products("US", TargetView.of("QuantumServices"), TargetSegment.of("Charity"),
        RequestOptions.none())).isEmpty();

    wm.verify(getRequestedFor(urlEqualTo("/v1/products?country=US&targetView=AzureReservationsVM"
        + "&targetSegment=nonprofit")));
    wm.verify(getRequestedFor(urlEqualTo("/v1/products?country=US&targetView=QuantumServices&targetSegment=Charity")));
    assertThat(TargetView.of("QuantumServices").isKnown()).isFalse();
    assertThat(TargetView.of("onlineservices")).isSameAs(TargetView.ONLINE_SERVICES);
  }

  @Test
  void availabilities_bySegment_sendSegmentAndReadItTyped() {
    String url = "/v1/products/P1/skus/S1/availabilities?country=US&targetSegment=education";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null,
        "{\"id\":\"A1\",\"segment\":\"Education\"}", "{\"id\":\"A2\",\"segment\":\"charity\"}"))));

    List<Availability> list = client.catalog().availabilities("P1", "S1", "US", TargetSegment.EDUCATION,
        RequestOptions.none()).stream().collect(Collectors.toList());

    assertThat(list).extracting(a -> a.segment().orElseThrow())
        .containsExactly(TargetSegment.EDUCATION, TargetSegment.of("charity"));
    assertThat(list.get(1).segment().orElseThrow().value()).isEqualTo("charity");
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void products_byCountryViewAndSegment_sendsQueryAndReadsProducts() {
    String url = "/v1/products?country=US&targetView=OnlineServices&targetSegment=commercial";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("product.json")))));

    List<Product> products = client.catalog().products("us", TargetView.ONLINE_SERVICES, TargetSegment.COMMERCIAL,
        RequestOptions.none())
        .stream().collect(Collectors.toList());

    assertThat(products).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("CFQ7TTC0LH18");
      assertThat(p.productType().flatMap(ProductType::subType).flatMap(ProductType::id)).contains("NCE");
    });
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void products_withoutSegment_omitsTargetSegment() {
    wm.stubFor(get(urlEqualTo("/v1/products?country=DE&targetView=Azure")).willReturn(okJson(collection(null, null))));

    assertThat(client.catalog().products("DE", TargetView.AZURE)).isEmpty();

    wm.verify(getRequestedFor(urlEqualTo("/v1/products?country=DE&targetView=Azure")));
  }

  @Test
  void catalogLists_withOptionsButNoSegment_sendOptionsAndOmitSegment() {
    wm.stubFor(get(urlPathEqualTo("/v1/products")).willReturn(okJson(collection(null, null, fixture("product.json")))));
    wm.stubFor(get(urlPathEqualTo("/v1/products/P1/skus")).willReturn(okJson(collection(null, null, fixture("sku.json")))));
    wm.stubFor(get(urlPathEqualTo("/v1/products/P1/skus/S1/availabilities"))
        .willReturn(okJson(collection(null, null, fixture("availability.json")))));
    RequestOptions options = RequestOptions.builder().correlationId("catalog-1").build();

    assertThat(client.catalog().products("US", TargetView.ONLINE_SERVICES, options)).hasSize(1);
    assertThat(client.catalog().skus("P1", "US", options)).hasSize(1);
    assertThat(client.catalog().availabilities("P1", "S1", "US", options)).hasSize(1);

    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/products?country=US&targetView=OnlineServices")))
        .withHeader("MS-CorrelationId", equalTo("catalog-1")));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/products/P1/skus?country=US")))
        .withHeader("MS-CorrelationId", equalTo("catalog-1")));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/products/P1/skus/S1/availabilities?country=US")))
        .withHeader("MS-CorrelationId", equalTo("catalog-1")));
  }

  @Test
  void product_byId_readsProduct() {
    wm.stubFor(get(urlEqualTo("/v1/products/CFQ7TTC0LH18?country=US")).willReturn(okJson(fixture("product.json"))));

    assertThat(client.catalog().product("CFQ7TTC0LH18", "US").title()).contains("Microsoft 365 Business Basic");

    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/products/CFQ7TTC0LH18?country=US"))));
  }

  @Test
  void skus_ofProduct_readsSkusWithDynamicAttributes() {
    String url = "/v1/products/CFQ7TTC0LH18/skus?country=US&targetSegment=education";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("sku.json")))));

    List<Sku> skus = client.catalog().skus("CFQ7TTC0LH18", "US", TargetSegment.EDUCATION, RequestOptions.none()).stream()
        .collect(Collectors.toList());

    assertThat(skus).singleElement().satisfies(s -> {
      assertThat(s.isAddon()).isFalse();
      assertThat(s.upgradeTargetOffers()).hasSize(2);
    });
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void sku_byId_readsSku() {
    wm.stubFor(get(urlEqualTo("/v1/products/CFQ7TTC0LH18/skus/0001?country=US")).willReturn(okJson(fixture("sku.json"))));

    assertThat(client.catalog().sku("CFQ7TTC0LH18", "0001", "US").maximumQuantity()).contains(300);

    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/products/CFQ7TTC0LH18/skus/0001?country=US"))));
  }

  @Test
  void availabilities_ofSku_readsTerms() {
    String url = "/v1/products/CFQ7TTC0LH18/skus/0001/availabilities?country=US";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("availability.json")))));

    List<Availability> list = client.catalog().availabilities("CFQ7TTC0LH18", "0001", "US").stream()
        .collect(Collectors.toList());

    assertThat(list).singleElement().satisfies(a -> assertThat(a.terms()).hasSize(2));
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void availability_byCatalogItemId_requestsItsParts() {
    String url = "/v1/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0K5DJ?country=US";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(fixture("availability.json"))));

    Availability a = client.catalog().availability(CatalogItemId.parse("CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ"), "US");

    assertThat(a.catalogItemId()).contains("CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ");
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void offers_offsetPaged_fetchesPagesUntilShortPage() {
    String[] page1 = IntStream.range(0, 100).mapToObj(i -> "{\"id\":\"offer-" + i + "\"}").toArray(String[]::new);
    wm.stubFor(get(urlEqualTo("/v1/offers?country=US&size=100&offset=0"))
        .willReturn(okJson("{\"totalCount\":101,\"items\":[" + String.join(",", page1) + "]}")));
    wm.stubFor(get(urlEqualTo("/v1/offers?country=US&size=100&offset=100"))
        .willReturn(okJson("{\"totalCount\":101,\"items\":[" + fixture("offer.json") + "]}")));

    List<Offer> offers = client.catalog().offers("US").stream().collect(Collectors.toList());

    assertThat(offers).hasSize(101);
    assertThat(offers.get(100).hasAddOns()).isTrue();
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/offers?country=US&size=100&offset=0"))));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/offers?country=US&size=100&offset=100"))));
  }

  @Test
  void offer_byId_readsOffer() {
    String id = "031C9E47-4802-4248-838E-778FB1D2CC05";
    wm.stubFor(get(urlEqualTo("/v1/offers/" + id + "?country=US")).willReturn(okJson(fixture("offer.json"))));

    assertThat(client.catalog().offer(id, "US").name()).contains("Office 365 Business Premium");

    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/offers/" + id + "?country=US"))));
  }

  @Test
  void offerAddOns_ofOffer_readsAddOns() {
    String id = "031C9E47-4802-4248-838E-778FB1D2CC05";
    String url = "/v1/offers/" + id + "/addons?country=US&size=100&offset=0";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"addon-1\",\"isAddOn\":true,\"prerequisiteOffers\":[\"" + id + "\"]}]}")));

    List<Offer> addOns = client.catalog().offerAddOns(id, "US").stream().collect(Collectors.toList());

    assertThat(addOns).singleElement().satisfies(o -> {
      assertThat(o.isAddOn()).isTrue();
      assertThat(o.prerequisiteOffers()).containsExactly(id);
    });
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void catalog_invalidCountryOrBlankIds_sendNothing() {
    assertThatThrownBy(() -> client.catalog().products("USA", TargetView.ONLINE_SERVICES))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("country"));
    assertThatThrownBy(() -> client.catalog().products("US", TargetView.of(" ")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("targetView");
          assertThat(e.rule()).contains("required");
        });
    assertThatThrownBy(() -> client.catalog().products("US", TargetView.of("OnlineServices&targetView=Azure")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("targetView");
          assertThat(e.rule()).contains("letters and digits");
        });
    assertThatThrownBy(() -> client.catalog().skus("", "US"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("productId"));
    assertThatThrownBy(() -> client.catalog().availability("p", "s", " ", "US"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("availabilityId"));
    assertThatThrownBy(() -> client.catalog().skus("p", "US", TargetSegment.of("non/profit"), RequestOptions.none()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("targetSegment"));
    assertThatThrownBy(() -> client.catalog().offers(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("country"));
    assertNothingSent(wm);
  }
}
