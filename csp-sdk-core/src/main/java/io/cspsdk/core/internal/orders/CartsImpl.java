package io.cspsdk.core.internal.orders;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.orders.Carts;
import java.util.List;
import java.util.Objects;

/** {@link Carts} of one customer over the {@link ApiCaller}. */
public final class CartsImpl implements Carts {
  private final ApiCaller caller;
  private final String base;

  public CartsImpl(ApiCaller caller, String customerId) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.base = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/carts";
  }

  private String cartPath(String cartId) {
    return base + "/" + ApiRequest.segment(Inputs.nonBlank("cartId", cartId));
  }

  static void validateLineItems(String field, List<CartLineItem> items, boolean requireSome) {
    if (requireSome && items.isEmpty()) {
      throw new ValidationException(field, "must contain at least one line item");
    }
    for (int i = 0; i < items.size(); i++) {
      CartLineItem li = items.get(i);
      String f = field + "[" + i + "]";
      Inputs.nonBlank(f + ".catalogItemId", li.catalogItemId());
      int quantity = li.quantity().orElseThrow(() -> new ValidationException(f + ".quantity", "is required"));
      Inputs.atLeast(f + ".quantity", quantity, 1);
      validateLineItems(f + ".addOnItems", li.addOnItems(), false);
    }
  }

  @Override
  public Cart create(NewCart cart, RequestOptions options) {
    return createWithResponse(cart, options).value();
  }

  @Override
  public Response<Cart> createWithResponse(NewCart cart, RequestOptions options) {
    Inputs.present("cart", cart);
    validateLineItems("cart.lineItems", cart.lineItems(), true);
    return caller.callWithResponse(ApiRequest.post(base, cart).options(options).build(), Cart.class);
  }

  @Override
  public Cart get(String cartId, RequestOptions options) {
    return caller.call(ApiRequest.get(cartPath(cartId)).options(options).build(), Cart.class);
  }

  @Override
  public Cart update(Cart cart, RequestOptions options) {
    Inputs.present("cart", cart);
    String path = cartPath(cart.id());
    validateLineItems("cart.lineItems", cart.lineItems(), true);
    return caller.call(ApiRequest.put(path, cart).options(options).build(), Cart.class);
  }

  @Override
  public CartCheckoutResult checkout(String cartId, RequestOptions options) {
    return checkoutWithResponse(cartId, options).value();
  }

  @Override
  public Response<CartCheckoutResult> checkoutWithResponse(String cartId, RequestOptions options) {
    return caller.callWithResponse(ApiRequest.post(cartPath(cartId) + "/checkout", null).options(options).build(),
        CartCheckoutResult.class);
  }
}
