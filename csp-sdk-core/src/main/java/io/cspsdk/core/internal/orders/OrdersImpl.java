package io.cspsdk.core.internal.orders;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.core.model.ProvisioningStatus;
import io.cspsdk.core.orders.Orders;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@link Orders} of one customer over the {@link ApiCaller}. */
public final class OrdersImpl implements Orders {
  private final ApiCaller caller;
  private final String base;

  public OrdersImpl(ApiCaller caller, String customerId) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.base = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/orders";
  }

  private String orderPath(String orderId) {
    return base + "/" + ApiRequest.segment(Inputs.nonBlank("orderId", orderId));
  }

  @Override
  public Order create(NewOrder order, RequestOptions options) {
    return createWithResponse(order, options).value();
  }

  @Override
  public Response<Order> createWithResponse(NewOrder order, RequestOptions options) {
    Inputs.present("order", order);
    List<OrderLineItem> items = order.lineItems();
    if (items.isEmpty()) {
      throw new ValidationException("order.lineItems", "must contain at least one line item");
    }
    for (int i = 0; i < items.size(); i++) {
      String f = "order.lineItems[" + i + "]";
      Inputs.nonBlank(f + ".offerId", items.get(i).offerId());
      int quantity = items.get(i).quantity().orElseThrow(() -> new ValidationException(f + ".quantity", "is required"));
      Inputs.atLeast(f + ".quantity", quantity, 1);
    }
    return caller.callWithResponse(ApiRequest.post(base, order).options(options).build(), Order.class);
  }

  @Override
  public PagedIterable<Order> list(boolean includePrice, RequestOptions options) {
    return caller.list(ApiRequest.get(base).query("include_price", includePrice ? "true" : null)
        .options(options).build(), Order.class);
  }

  @Override
  public Order get(String orderId, RequestOptions options) {
    return caller.call(ApiRequest.get(orderPath(orderId)).options(options).build(), Order.class);
  }

  @Override
  public List<ProvisioningStatus> provisioningStatus(String orderId, RequestOptions options) {
    PagedIterable<ProvisioningStatus> items = caller.list(
        ApiRequest.get(orderPath(orderId) + "/provisioningstatus").options(options).build(), ProvisioningStatus.class);
    try (var s = items.stream()) {
      return s.collect(Collectors.toUnmodifiableList());
    }
  }
}
