package io.cspsdk.core.orders;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.NewCart;

/**
 * One customer's new-commerce carts: create a cart of line items ({@code catalogItemId}, quantity, term, billing
 * cycle), read or replace it, and check it out into orders.
 */
public interface Carts {
  /** Creates a cart; each line item needs a catalog item id and a quantity of at least 1. */
  default Cart create(NewCart cart) {
    return create(cart, RequestOptions.none());
  }

  Cart create(NewCart cart, RequestOptions options);

  /** As {@link #create(NewCart, RequestOptions)}, with the answer's status, headers, ids and ETag. */
  Response<Cart> createWithResponse(NewCart cart, RequestOptions options);

  default Cart get(String cartId) {
    return get(cartId, RequestOptions.none());
  }

  Cart get(String cartId, RequestOptions options);

  /** Replaces the cart with {@code cart} (as read, e.g. {@code get(id).toBuilder()...build()}). */
  default Cart update(Cart cart) {
    return update(cart, RequestOptions.none());
  }

  Cart update(Cart cart, RequestOptions options);

  /** Checks the cart out: the orders created and the order groups that failed. */
  default CartCheckoutResult checkout(String cartId) {
    return checkout(cartId, RequestOptions.none());
  }

  CartCheckoutResult checkout(String cartId, RequestOptions options);

  /** As {@link #checkout(String, RequestOptions)}, with the answer's status, headers, ids and ETag. */
  Response<CartCheckoutResult> checkoutWithResponse(String cartId, RequestOptions options);
}
