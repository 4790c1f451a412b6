package io.cspsdk.core.orders;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.ProvisioningStatus;
import java.util.List;

/**
 * One customer's orders: place one directly (legacy offers), list (optionally with prices), read, and read the
 * provisioning status of its line items. A new order may take minutes to appear in the list.
 */
public interface Orders {
  /** Places an order; each line item needs an offer id and a quantity of at least 1. */
  default Order create(NewOrder order) {
    return create(order, RequestOptions.none());
  }

  Order create(NewOrder order, RequestOptions options);

  /** As {@link #create(NewOrder, RequestOptions)}, with the answer's status, headers, ids and ETag. */
  Response<Order> createWithResponse(NewOrder order, RequestOptions options);

  /** The orders, without prices. */
  default PagedIterable<Order> list() {
    return list(false, RequestOptions.none());
  }

  /** As {@link #list()}, with per-call options. */
  default PagedIterable<Order> list(RequestOptions options) {
    return list(false, options);
  }

  /** The orders; with {@code includePrice} the line items carry their pricing. */
  PagedIterable<Order> list(boolean includePrice, RequestOptions options);

  default Order get(String orderId) {
    return get(orderId, RequestOptions.none());
  }

  Order get(String orderId, RequestOptions options);

  /** The provisioning status of each line item of the order. */
  default List<ProvisioningStatus> provisioningStatus(String orderId) {
    return provisioningStatus(orderId, RequestOptions.none());
  }

  List<ProvisioningStatus> provisioningStatus(String orderId, RequestOptions options);
}
