package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.TermDuration;
import org.junit.jupiter.api.Test;

/** Cart writes with their response metadata, against the fake over real HTTP. */
class WriteResponseClientTest extends ClientFixture {
  @Test
  void cartCreateAndCheckoutWithResponse_carryStatusAndTheCallsIds() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    NewCart cart = NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId(BASIC + ":CFQ7TTC0KCWD")
        .quantity(3).billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y")).build()).build();

    Response<Cart> created = pc.carts(c).createWithResponse(cart,
        RequestOptions.builder().correlationId("order-audit-1").build());
    Response<CartCheckoutResult> checkedOut = pc.carts(c).checkoutWithResponse(
        created.value().id(), RequestOptions.none());

    assertThat(created.statusCode()).isBetween(200, 201);
    assertThat(created.correlationId()).isEqualTo("order-audit-1");
    assertThat(created.requestId()).isNotBlank().isNotEqualTo(checkedOut.requestId());
    assertThat(checkedOut.statusCode()).isBetween(200, 201);
    assertThat(checkedOut.value().orders()).hasSize(1);
    assertThat(fake.requests()).anySatisfy(r -> {
      assertThat(r.path()).endsWith("/checkout");
      assertThat(r.header("MS-RequestId")).contains(checkedOut.requestId());
    });
  }
}
