package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.core.model.OrderPricing;
import io.cspsdk.core.model.OrderStatus;
import io.cspsdk.core.model.ProvisioningStatus;
import io.cspsdk.core.model.QuantityProvisioning;
import io.cspsdk.core.model.TermDuration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CartsAndOrdersApiTest extends WireMockApiTest {
  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  private static final String CART_ID = "d8d1b2a9-64d4-4c4f-b8a3-3e2b1c0d9f87";
  private static NewCart newCart() {
    return NewCart.builder().addLineItems(CartLineItem.builder().id(0)
        .catalogItemId(CatalogItemId.parse("CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ").toString()).quantity(12)
        .billingCycle(BillingCycle.MONTHLY).termDuration(TermDuration.P1Y).friendlyName("M365 Basic - Sales")
        .build()).build();
  }

  @Test
  void createCart_valid_postsLineItemsWithRequestId() {
    wm.stubFor(post("/v1/customers/" + CID + "/carts").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("cart.json"))));

    Cart cart = client.carts(CID).create(newCart(), RequestOptions.builder().requestId("cart-req-1").build());

    assertThat(cart.id()).isEqualTo(CART_ID);
    assertThat(cart.lineItems().get(0).addOnItems()).hasSize(1);
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/customers/" + CID + "/carts")))
        .withHeader("MS-RequestId", equalTo("cart-req-1"))
        .withRequestBody(equalToJson("{\"lineItems\":[{\"id\":0,\"catalogItemId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ\","
            + "\"friendlyName\":\"M365 Basic - Sales\",\"quantity\":12,\"billingCycle\":\"monthly\","
            + "\"termDuration\":\"P1Y\"}]}")));
  }

  @Test
  void createCart_invalidLineItems_sendNothing() {
    assertThatThrownBy(() -> client.carts(CID).create(NewCart.builder().build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cart.lineItems"));
    NewCart zero = NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId("a:b:c").quantity(0).build()).build();
    assertThatThrownBy(() -> client.carts(CID).create(zero))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("cart.lineItems[0].quantity");
          assertThat(e.rule()).contains("at least 1");
        });
    NewCart noItem = NewCart.builder().addLineItems(CartLineItem.builder().quantity(1).build()).build();
    assertThatThrownBy(() -> client.carts(CID).create(noItem))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("cart.lineItems[0].catalogItemId"));
    NewCart badAddOn = NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId("a:b:c").quantity(1)
        .addAddOnItems(CartLineItem.builder().catalogItemId("d:e:f").build()).build()).build();
    assertThatThrownBy(() -> client.carts(CID).create(badAddOn))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("cart.lineItems[0].addOnItems[0].quantity"));
    assertThatThrownBy(() -> client.carts(" "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
    assertNothingSent(wm);
  }

  @Test
  void getCart_byId_readsCart() {
    wm.stubFor(get("/v1/customers/" + CID + "/carts/" + CART_ID).willReturn(okJson(fixture("cart.json"))));

    Cart cart = client.carts(CID).get(CART_ID);

    assertThat(cart.lineItems().get(0).participants().get(0).value()).contains("5357564");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/carts/" + CART_ID))));
  }

  @Test
  void updateCart_withId_putsWholeCart() {
    wm.stubFor(put("/v1/customers/" + CID + "/carts/" + CART_ID).willReturn(okJson(fixture("cart.json"))));
    Cart changed = Cart.builder().id(CART_ID).addAllLineItems(newCart().lineItems()).build();

    Cart cart = client.carts(CID).update(changed);

    assertThat(cart.id()).isEqualTo(CART_ID);
    wm.verify(pc(putRequestedFor(urlEqualTo("/v1/customers/" + CID + "/carts/" + CART_ID)))
        .withRequestBody(equalToJson("{\"id\":\"" + CART_ID + "\",\"lineItems\":[{\"catalogItemId\":"
            + "\"CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ\",\"quantity\":12}]}", true, true)));
  }

  @Test
  void updateCart_blankId_sendsNothing() {
    assertThatThrownBy(() -> client.carts(CID).update(Cart.builder().id(" ").addAllLineItems(newCart().lineItems())
        .build())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cartId"));
    assertNothingSent(wm);
  }

  @Test
  void getCart_answerWithoutId_failsNamingId() {
    wm.stubFor(get("/v1/customers/" + CID + "/carts/" + CART_ID).willReturn(okJson(
        fixture("cart.json").replace("\"id\": \"" + CART_ID + "\",", ""))));

    assertThatThrownBy(() -> client.carts(CID).get(CART_ID)).isInstanceOfSatisfying(ResponseParseException.class,
        e -> assertThat(e.path()).isEqualTo("id"));
  }

  @Test
  void checkout_orderWithoutStatus_failsNamingThePath() {
    wm.stubFor(post("/v1/customers/" + CID + "/carts/" + CART_ID + "/checkout").willReturn(aResponse()
        .withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"orders\":[{\"id\":\"o1\"}]}")));

    assertThatThrownBy(() -> client.carts(CID).checkout(CART_ID)).isInstanceOfSatisfying(
        ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("orders[0].status"));
  }

  @Test
  void checkout_cart_readsOrdersAndOrderErrors() {
    wm.stubFor(post("/v1/customers/" + CID + "/carts/" + CART_ID + "/checkout").willReturn(aResponse()
        .withStatus(201).withHeader("Content-Type", "application/json").withBody(fixture("checkout-result.json"))));

    CartCheckoutResult result = client.carts(CID).checkout(CART_ID);

    assertThat(result.orders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.PENDING));
    assertThat(result.orderErrors()).singleElement().satisfies(e -> assertThat(e.code()).contains("800004"));
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/customers/" + CID + "/carts/" + CART_ID + "/checkout"))));
  }

  @Test
  void createOrder_valid_postsOrder() {
    wm.stubFor(post("/v1/customers/" + CID + "/orders").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("order.json"))));
    NewOrder order = NewOrder.builder().referenceCustomerId(CID).billingCycle(BillingCycle.MONTHLY)
        .addLineItems(OrderLineItem.builder().lineItemNumber(0).offerId("031C9E47-4802-4248-838E-778FB1D2CC05")
            .friendlyName("O365 BP").quantity(5).build())
        .build();

    Order created = client.orders(CID).create(order);

    assertThat(created.id()).isEqualTo("1fd7a3e9b1c0");
    assertThat(created.totalPrice().orElseThrow()).isEqualByComparingTo("72.6");
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders")))
        .withRequestBody(equalToJson("{\"referenceCustomerId\":\"" + CID + "\",\"billingCycle\":\"monthly\","
            + "\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"031C9E47-4802-4248-838E-778FB1D2CC05\","
            + "\"friendlyName\":\"O365 BP\",\"quantity\":5}]}")));
  }

  @Test
  void createOrder_invalidLineItems_sendNothing() {
    assertThatThrownBy(() -> client.orders(CID).create(NewOrder.builder().build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("order.lineItems"));
    NewOrder noOffer = NewOrder.builder().addLineItems(OrderLineItem.builder().quantity(1).build()).build();
    assertThatThrownBy(() -> client.orders(CID).create(noOffer))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("order.lineItems[0].offerId"));
    NewOrder zero = NewOrder.builder().addLineItems(OrderLineItem.builder().offerId("o").quantity(0).build()).build();
    assertThatThrownBy(() -> client.orders(CID).create(zero))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("order.lineItems[0].quantity"));
    assertNothingSent(wm);
  }

  @Test
  void listOrders_withAndWithoutPrices_sendsIncludePriceOnlyWhenAsked() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/orders")).willReturn(okJson(collection(null, null,
        "{\"id\":\"o1\",\"status\":\"pending\"}"))));
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/orders?include_price=true")).willReturn(okJson(
        collection(null, null, fixture("order.json")))));

    List<Order> plain = client.orders(CID).list().stream().collect(Collectors.toList());
    List<Order> withOptions = client.orders(CID).list(RequestOptions.builder().correlationId("orders-1").build())
        .stream().collect(Collectors.toList());
    List<Order> priced = client.orders(CID).list(true, RequestOptions.none()).stream().collect(Collectors.toList());

    assertThat(plain).extracting(o -> o.id()).containsExactly("o1");
    assertThat(withOptions).isEqualTo(plain);
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders")))
        .withHeader("MS-CorrelationId", equalTo("orders-1")));
    assertThat(priced.get(0).lineItems().get(0).pricing().flatMap(OrderPricing::listPrice).orElseThrow())
        .isEqualByComparingTo("6.05");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders"))));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders?include_price=true"))));
  }

  @Test
  void getOrder_byId_readsOrder() {
    wm.stubFor(get("/v1/customers/" + CID + "/orders/1fd7a3e9b1c0").willReturn(okJson(fixture("order.json"))));

    Order o = client.orders(CID).get("1fd7a3e9b1c0");

    assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(o.lineItems().get(0).subscriptionId()).contains("a4c1340b-6ce3-4a8b-b6d0-1f1e8d5c3a21");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders/1fd7a3e9b1c0"))));
  }

  @Test
  void provisioningStatus_ofOrder_readsLineItemStatuses() {
    wm.stubFor(get("/v1/customers/" + CID + "/orders/1fd7a3e9b1c0/provisioningstatus").willReturn(okJson(
        collection(null, null, "{\"lineItemNumber\":0,\"status\":\"fulfilled\",\"quantityProvisioningInformation\":"
            + "[{\"quantity\":12,\"status\":\"fulfilled\"}]}", "{\"lineItemNumber\":\"1\",\"status\":\"pending\"}"))));

    List<ProvisioningStatus> statuses = client.orders(CID).provisioningStatus("1fd7a3e9b1c0");

    assertThat(statuses).extracting(s -> s.status().orElseThrow()).containsExactly("fulfilled", "pending");
    assertThat(statuses.get(0).quantityProvisioningInformation()).extracting(q -> q.quantity().orElseThrow())
        .containsExactly(12);
    assertThat(statuses.get(1).lineItemNumber()).contains(1);
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/orders/1fd7a3e9b1c0/provisioningstatus"))));
  }

  @Test
  void orders_blankOrderId_sendsNothing() {
    assertThatThrownBy(() -> client.orders(CID).get(""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
    assertThatThrownBy(() -> client.orders(CID).provisioningStatus(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
    assertNothingSent(wm);
  }
}
