package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Carts, checkout and orders (new commerce carts and the legacy order POST). */
public final class OrderHandlers {
  private final FakeState state;
  private final Commerce commerce;

  public OrderHandlers(HandlerContext ctx, Commerce commerce) {
    this.state = ctx.state();
    this.commerce = commerce;
  }

  public void register(Router r) {
    r.add("POST", "/customers/{c}/carts", this::createCart);
    r.add("GET", "/customers/{c}/carts/{id}", q -> Response.ok(cart(q).deepCopy()));
    r.add("PUT", "/customers/{c}/carts/{id}", this::updateCart);
    r.add("POST", "/customers/{c}/carts/{id}/checkout", this::checkout);
    r.add("POST", "/customers/{c}/orders", this::createOrder);
    r.add("GET", "/customers/{c}/orders", q -> {
      CustomerRec c = state.customer(q.var("c"));
      boolean prices = "true".equalsIgnoreCase(q.query("include_price"));
      List<ObjectNode> out = c.orders.values().stream().map(o -> view(o, prices)).toList();
      return Response.ok(Paging.collection(out, "Collection"));
    });
    r.add("GET", "/customers/{c}/orders/{o}", q -> Response.ok(view(order(q),
        "true".equalsIgnoreCase(q.query("include_price")))));
    r.add("GET", "/customers/{c}/orders/{o}/provisioningstatus", q -> {
      ObjectNode o = order(q);
      List<ObjectNode> items = new ArrayList<>();
      for (JsonNode li : o.get("lineItems")) {
        ObjectNode p = Jsons.object();
        p.put("lineItemNumber", li.get("lineItemNumber").asInt());
        p.put("status", "fulfilled");
        ArrayNode info = p.putArray("quantityProvisioningInformation");
        info.addObject().put("quantity", li.get("quantity").asInt()).put("status", "fulfilled");
        items.add(Jsons.attributes(p, "OrderLineItemProvisioningStatus"));
      }
      return Response.ok(Paging.collection(items, "Collection"));
    });
  }

  private ObjectNode cart(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    ObjectNode cart = c.carts.get(q.var("id").toLowerCase(Locale.ROOT));
    if (cart == null) {
      throw ApiError.notFound(1000, "Cart " + q.var("id") + " was not found.");
    }
    return cart;
  }

  private ObjectNode order(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    ObjectNode o = c.orders.get(q.var("o").toLowerCase(Locale.ROOT));
    if (o == null) {
      throw ApiError.notFound(1000, "Order " + q.var("o") + " was not found.");
    }
    return o;
  }

  private Response createCart(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    ArrayNode lines = lineItems(q.json());
    lines.forEach(li -> line(c, li));
    Instant now = state.now();
    ObjectNode cart = Jsons.object();
    String id = state.ids.guid();
    cart.put("id", id);
    cart.put("creationTimestamp", Jsons.time(now));
    cart.put("lastModifiedTimestamp", Jsons.time(now));
    cart.put("expirationTimestamp", Jsons.time(now.plus(Duration.ofDays(7))));
    cart.put("lastModifiedUser", "admin@fabrikamcsp.onmicrosoft.com");
    cart.set("lineItems", numbered(lines));
    cart.put("status", "Active");
    Jsons.attributes(cart, "Cart");
    c.carts.put(id.toLowerCase(Locale.ROOT), cart);
    return Response.json(201, cart.deepCopy());
  }

  private Response updateCart(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    ObjectNode cart = cart(q);
    if (!"Active".equals(cart.get("status").asText())) {
      throw ApiError.invalidInput("The cart " + cart.get("id").asText() + " has already been checked out.");
    }
    ArrayNode lines = lineItems(q.json());
    lines.forEach(li -> line(c, li));
    cart.set("lineItems", numbered(lines));
    cart.put("lastModifiedTimestamp", Jsons.time(state.now()));
    return Response.ok(cart.deepCopy());
  }

  private static ArrayNode lineItems(JsonNode body) {
    JsonNode lines = Jsons.field(body, "lineItems");
    if (lines == null || !lines.isArray() || lines.isEmpty()) {
      throw ApiError.invalidInput("lineItems must not be empty.");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isObject()) {
        throw ApiError.invalidInput("lineItems[" + i + "] must be an object, was " + lines.get(i) + ".");
      }
    }
    return ((ArrayNode) lines).deepCopy();
  }

  private static ArrayNode numbered(ArrayNode lines) {
    int i = 0;
    for (JsonNode li : lines) {
      ((ObjectNode) li).put("id", i++);
    }
    return lines;
  }

  /** Reads and validates one cart line (and its add-on items against the line's own product). */
  private Commerce.Purchase line(CustomerRec c, JsonNode li) {
    String id = Jsons.text(li, "catalogItemId");
    if (id == null) {
      id = Jsons.text(li, "offerId");
    }
    if (id == null) {
      throw ApiError.invalidInput("lineItems[].catalogItemId is required.");
    }
    CatalogItem item = commerce.catalogItem(id);
    String parent = Jsons.text(li, "parentSubscriptionId");
    JsonNode ctxNode = Jsons.field(li, "provisioningContext");
    if (parent == null && ctxNode != null) {
      parent = Jsons.text(ctxNode, "parentSubscriptionId");
    }
    String term = Jsons.text(li, "termDuration");
    String cycle = Jsons.text(li, "billingCycle");
    if (parent != null) {
      SubscriptionRec base = state.subscription(c, parent);
      term = base.termDuration;
      cycle = cycle == null ? base.billingCycle : cycle;
    }
    if (term == null) {
      term = item.usageBased() ? "P1M" : "P1Y";
    }
    if (cycle == null) {
      cycle = "monthly";
    }
    JsonNode qn = Jsons.field(li, "quantity");
    int quantity = qn == null ? 1 : qn.asInt(0);
    String end = Jsons.text(li, "customTermEndDate");
    Commerce.Purchase p = new Commerce.Purchase(item, quantity, term, cycle, parent,
        Jsons.text(li, "friendlyName"), Jsons.text(li, "promotionId"), Jsons.parseTime(end, "lineItems[].customTermEndDate"));
    commerce.validate(c, p);
    IndirectAttribution.check(state, Jsons.text(li, "partnerIdOnRecord"));
    JsonNode addOns = Jsons.field(li, "addOnItems");
    if (addOns != null && addOns.isArray()) {
      for (JsonNode a : addOns) {
        CatalogItem ai = commerce.catalogItem(Jsons.text(a, "catalogItemId"));
        if (!ai.addOn() || !ai.prerequisites().contains(item.productSkuId())) {
          throw new ApiError(400, 800004, ai.skuTitle() + " cannot be added to " + item.skuTitle() + ".");
        }
        if (Jsons.text(a, "termDuration") != null && !Jsons.text(a, "termDuration").equalsIgnoreCase(p.termDuration())) {
          throw ApiError.invalidInput("An add-on must be coterminous with its base: term " + p.termDuration() + ".");
        }
      }
    }
    return p;
  }

  private Response checkout(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    ObjectNode cart = cart(q);
    if (!"Active".equals(cart.get("status").asText())) {
      throw new ApiError(409, 800060, "The cart " + cart.get("id").asText() + " has already been checked out.");
    }
    List<Commerce.Purchase> purchases = new ArrayList<>();
    for (JsonNode li : cart.get("lineItems")) {
      purchases.add(line(c, li));
    }
    String orderId = state.ids.guid();
    ArrayNode orderLines = Jsons.array();
    int n = 0;
    int i = 0;
    for (JsonNode li : cart.get("lineItems")) {
      Commerce.Purchase p = purchases.get(i++);
      SubscriptionRec base = commerce.purchase(c, p, orderId);
      base.partnerId = Jsons.text(li, "partnerIdOnRecord");
      orderLines.add(Commerce.orderLine(n++, base, "new"));
      JsonNode addOns = Jsons.field(li, "addOnItems");
      if (addOns != null && addOns.isArray()) {
        for (JsonNode a : addOns) {
          CatalogItem ai = commerce.catalogItem(Jsons.text(a, "catalogItemId"));
          int qty = Jsons.field(a, "quantity") == null ? 1 : Jsons.field(a, "quantity").asInt(1);
          Commerce.Purchase ap = new Commerce.Purchase(ai, qty, base.termDuration, base.billingCycle, base.id,
              Jsons.text(a, "friendlyName"), null, null);
          commerce.validate(c, ap);
          SubscriptionRec addOn = commerce.purchase(c, ap, orderId);
          addOn.partnerId = base.partnerId;
          orderLines.add(Commerce.orderLine(n++, addOn, "new"));
        }
      }
    }
    ObjectNode order = commerce.recordOrder(c, orderId, purchases.get(0).billingCycle(), orderLines, state.now(), true);
    cart.put("status", "Ordered");
    ObjectNode result = Jsons.object();
    result.putArray("orders").add(view(order, true));
    result.putArray("orderErrors");
    Jsons.attributes(result, "CartCheckoutResult");
    return Response.json(201, result);
  }

  private Response createOrder(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    JsonNode body = q.json();
    ArrayNode lines = lineItems(body);
    String cycle = Jsons.text(body, "billingCycle");
    List<Commerce.Purchase> purchases = new ArrayList<>();
    List<Boolean> legacy = new ArrayList<>();
    for (JsonNode li : lines) {
      ObjectNode copy = ((ObjectNode) li).deepCopy();
      if (cycle != null && !copy.has("billingCycle")) {
        copy.put("billingCycle", cycle);
      }
      purchases.add(line(c, copy));
      // a legacy offer id is a bare GUID; new-commerce ids are productId:skuId[:availabilityId]
      String offer = Jsons.text(copy, "offerId");
      legacy.add(Jsons.text(copy, "catalogItemId") == null && offer != null && !offer.contains(":"));
    }
    String orderId = state.ids.guid();
    ArrayNode orderLines = Jsons.array();
    int n = 0;
    for (Commerce.Purchase p : purchases) {
      SubscriptionRec s = commerce.purchase(c, p, orderId);
      s.partnerId = Jsons.text(lines.get(n), "partnerIdOnRecord");
      s.legacy = legacy.get(n);
      orderLines.add(Commerce.orderLine(n++, s, "new"));
    }
    ObjectNode order = commerce.recordOrder(c, orderId, purchases.get(0).billingCycle(), orderLines, state.now(), true);
    return Response.json(201, view(order, true));
  }

  private static ObjectNode view(ObjectNode order, boolean prices) {
    ObjectNode o = order.deepCopy();
    if (!prices) {
      o.remove("totalPrice");
      for (JsonNode li : o.get("lineItems")) {
        ((ObjectNode) li).remove("pricing");
      }
    }
    return o;
  }
}
