package io.cspsdk.sync.approvals.internal;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ConflictException;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.core.orders.Carts;
import io.cspsdk.sync.approvals.PurchaseRequest;
import io.cspsdk.sync.approvals.RequestKind;
import io.cspsdk.sync.approvals.TrackedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Carries out one executing request against Partner Center so that repeating it (after a crash at any point) has
 * the effect of doing it once: every call sends an {@code MS-RequestId} derived from the request id and the step,
 * so that Partner Center answers a replay with its first answer, and the cart id is stored before the checkout.
 * Seat changes and cancellations first read the subscription and skip what is already done.
 */
public final class Execution {
  /** How the request moves on: store a change of the request (same state), or finish it. */
  public interface Progress {
    TrackedRequest save(TrackedRequest current, UnaryOperator<TrackedRequest.Builder> change);

    TrackedRequest complete(TrackedRequest current, List<String> orderIds);

    TrackedRequest fail(TrackedRequest current, String reason);
  }

  private final PartnerCenterClient client;

  public Execution(PartnerCenterClient client) {
    this.client = client;
  }

  /** The {@code MS-RequestId} of one step of one request: the same on every run. */
  public static String requestId(TrackedRequest t, String step) {
    return UUID.nameUUIDFromBytes((t.id() + "/" + step).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public TrackedRequest run(TrackedRequest t, Progress progress) {
    PurchaseRequest r = t.request();
    return switch (r.kind()) {
      case NEW_SUBSCRIPTION, ADD_ON -> checkout(t, progress);
      case SEAT_CHANGE -> seatChange(t, progress);
      case CANCELLATION -> cancel(t, progress);
    };
  }

  private TrackedRequest checkout(TrackedRequest t, Progress progress) {
    Carts carts = client.carts(t.request().customerId());
    if (t.cartId().isEmpty()) {
      Cart cart = carts.create(cartOf(t.request()), options(t, "cart"));
      String cartId = cart.id();
      t = progress.save(t, b -> b.cartId(cartId));
    }
    String cartId = t.cartId().orElseThrow();
    CartCheckoutResult result;
    try {
      result = carts.checkout(cartId, options(t, "checkout"));
    } catch (ConflictException e) {
      // checked out by an earlier run whose answer Partner Center no longer replays
      Cart cart = carts.get(cartId);
      if (cart.status().filter("Ordered"::equalsIgnoreCase).isPresent()) {
        return progress.complete(t, List.of());
      }
      throw e;
    }
    if (!result.orderErrors().isEmpty()) {
      return progress.fail(t, "checkout refused: " + result.orderErrors().stream()
          .map(e -> e.code().orElse("?") + " " + e.description().orElse(""))
          .collect(Collectors.joining("; ")));
    }
    return progress.complete(t, result.orders().stream().map(Order::id).toList());
  }

  private static NewCart cartOf(PurchaseRequest r) {
    CartLineItem.Builder line = CartLineItem.builder()
        .id(0)
        .catalogItemId(r.catalogItemId().orElseThrow())
        .quantity(r.quantity().orElseThrow())
        .termDuration(r.termDuration().orElseThrow())
        .billingCycle(r.billingCycle().orElseThrow());
    if (r.kind() == RequestKind.ADD_ON) {
      line.putProvisioningContext("parentSubscriptionId", r.parentSubscriptionId().orElseThrow());
    }
    return NewCart.builder().addLineItems(line.build()).build();
  }

  private TrackedRequest seatChange(TrackedRequest t, Progress progress) {
    String sid = t.request().subscriptionId().orElseThrow();
    int target = t.request().quantity().orElseThrow();
    Subscription s = client.subscriptions(t.request().customerId()).get(sid);
    if (s.quantity() != target) {
      client.subscriptions(t.request().customerId()).changeQuantity(sid, target, options(t, "quantity"));
    }
    return progress.complete(t, List.of());
  }

  private TrackedRequest cancel(TrackedRequest t, Progress progress) {
    String sid = t.request().subscriptionId().orElseThrow();
    Subscription s = client.subscriptions(t.request().customerId()).get(sid);
    if (!SubscriptionStatus.DELETED.equals(s.status())) {
      client.subscriptions(t.request().customerId()).cancel(sid, options(t, "cancel"));
    }
    return progress.complete(t, List.of());
  }

  private static RequestOptions options(TrackedRequest t, String step) {
    return RequestOptions.builder().requestId(requestId(t, step)).build();
  }
}
