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
import io.cspsdk.testkit.internal.state.SubscriptionEvent;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Subscriptions: list, get, add-ons, whole-resource PATCH, upgrades (transitions). */
public final class SubscriptionHandlers {
  private final FakeState state;
  private final Commerce commerce;

  public SubscriptionHandlers(HandlerContext ctx, Commerce commerce) {
    this.state = ctx.state();
    this.commerce = commerce;
  }

  public void register(Router r) {
    r.add("GET", "/customers/{c}/subscriptions", this::list);
    r.add("GET", "/customers/{c}/subscriptions/{s}", q -> {
      CustomerRec c = state.customer(q.var("c"));
      SubscriptionRec s = state.subscription(c, q.var("s"));
      return withEtag(Response.ok(s.toJson(state.now(), "")), s);
    });
    r.add("GET", "/customers/{c}/subscriptions/{s}/addons", q -> {
      CustomerRec c = state.customer(q.var("c"));
      SubscriptionRec s = state.subscription(c, q.var("s"));
      List<ObjectNode> out = commerce.addOns(c, s).stream().map(a -> a.toJson(state.now(), "")).toList();
      return Response.ok(Paging.collection(out, "Collection"));
    });
    r.add("PATCH", "/customers/{c}/subscriptions/{s}", this::patch);
    r.add("GET", "/customers/{c}/subscriptions/{s}/transitionEligibilities", this::eligibilities);
    r.add("POST", "/customers/{c}/subscriptions/{s}/transitions", this::transition);
    r.add("GET", "/customers/{c}/subscriptions/{s}/transitions", q -> {
      CustomerRec c = state.customer(q.var("c"));
      SubscriptionRec s = state.subscription(c, q.var("s"));
      String op = q.query("operationId");
      List<ObjectNode> out = c.transitions.stream()
          .filter(t -> t.get("fromSubscriptionId").asText().equalsIgnoreCase(s.id)
              || t.get("toSubscriptionId").asText().equalsIgnoreCase(s.id))
          .filter(t -> op == null || t.get("operationId").asText().equalsIgnoreCase(op)).toList();
      return Response.ok(Paging.collection(out, "Collection"));
    });
  }

  private static Response withEtag(Response r, SubscriptionRec s) {
    return r.header("ETag", s.etag());
  }

  private Response list(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    String orderId = q.query("order_id");
    String mpnId = q.query("mpn_id");
    Instant now = state.now();
    List<ObjectNode> out = new ArrayList<>();
    for (SubscriptionRec s : c.subscriptions.values()) {
      if ((orderId == null || orderId.equalsIgnoreCase(s.orderId))
          && (mpnId == null || mpnId.equalsIgnoreCase(s.partnerId))) {
        out.add(s.toJson(now, ""));
      }
    }
    return Response.ok(Paging.collection(out, "Collection"));
  }

  /**
   * Whole-resource PATCH: every requested change is checked against the subscription first, and only then applied,
   * so that a refused request changes nothing (no state, billing history or audit record).
   */
  private Response patch(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    SubscriptionRec s = state.subscription(c, q.var("s"));
    String ifMatch = q.header("If-Match");
    if (ifMatch != null && !ifMatch.equals("*") && !etagEquals(ifMatch, s.etag())) {
      throw new ApiError(412, 2055, "The etag is no longer valid; read the subscription again.");
    }
    JsonNode body = q.json();
    String status = text(body, "status");
    Integer quantity = integer(body, "quantity");
    Boolean autoRenew = bool(body, "autoRenewEnabled");
    String friendlyName = text(body, "friendlyName");
    JsonNode sched = Jsons.field(body, "scheduledNextTermInstructions");
    if (sched != null && !sched.isNull() && !sched.isObject()) {
      throw ApiError.invalidInput("scheduledNextTermInstructions must be an object or null.");
    }
    // check everything against the state each change would meet, in the order they are applied
    boolean statusChange = status != null && !status.equalsIgnoreCase(s.status);
    if (statusChange) {
      commerce.checkStatus(s, status);
    }
    boolean reactivate = statusChange && status.equalsIgnoreCase("active");
    String statusForChanges = reactivate ? "active" : s.status;
    boolean quantityChange = quantity != null && quantity != s.quantity;
    if (quantityChange) {
      commerce.checkQuantity(s, quantity, statusForChanges);
    }
    boolean autoRenewChange = autoRenew != null && autoRenew != s.autoRenew;
    if (autoRenewChange && !"active".equals(statusForChanges) && !"suspended".equals(statusForChanges)) {
      throw ApiError.invalidInput("autoRenewEnabled can only change on a live subscription.");
    }
    boolean autoRenewAfter = autoRenewChange ? autoRenew : s.autoRenew;
    boolean schedChange = sched != null && !sched.isNull() && !sched.equals(s.scheduledNextTermInstructions);
    if (schedChange) {
      if (!autoRenewAfter) {
        throw ApiError.invalidInput("scheduledNextTermInstructions need auto-renew to be enabled.");
      }
      JsonNode product = sched.path("product");
      String term = product.path("termDuration").asText(null);
      if (term != null && !term.matches("(?i)P(1M|1Y|3Y)")) {
        throw ApiError.invalidInput("scheduledNextTermInstructions.product.termDuration: P1M, P1Y or P3Y, was "
            + term + ".");
      }
      String cycle = product.path("billingCycle").asText(null);
      if (cycle != null && !cycle.matches("(?i)monthly|annual|triennial")) {
        throw ApiError.invalidInput("scheduledNextTermInstructions.product.billingCycle: monthly, annual or "
            + "triennial, was " + cycle + ".");
      }
      String target = product.path("productId").asText(null);
      if (target != null) {
        commerce.catalogItem(target + ":" + product.path("skuId").asText("") + ":"
            + product.path("availabilityId").asText(""));
      }
    }
    // apply
    Instant now = state.now();
    ObjectNode before = s.toJson(now, "");
    long version = s.version;
    if (reactivate) {
      commerce.setStatus(c, s, "active");
    }
    if (quantityChange) {
      commerce.changeQuantity(c, s, quantity);
    }
    if (autoRenewChange) {
      s.autoRenew = autoRenew;
      s.history.add(new SubscriptionEvent(s.autoRenew ? "autoRenewOn" : "autoRenewOff", now, 0, s.quantity));
      if (!s.autoRenew) {
        s.scheduledNextTermInstructions = null;
      }
      s.version++;
    }
    if (friendlyName != null && !friendlyName.equals(s.friendlyName == null ? s.item.skuTitle() : s.friendlyName)) {
      s.friendlyName = friendlyName;
      s.version++;
    }
    if (schedChange) {
      s.scheduledNextTermInstructions = sched.deepCopy();
      s.version++;
    }
    if (sched != null && sched.isNull() && s.scheduledNextTermInstructions != null) {
      s.scheduledNextTermInstructions = null;
      s.version++;
    }
    if (statusChange && !reactivate) {
      commerce.setStatus(c, s, status);
    }
    if (s.version != version) {
      commerce.auditUpdate(c, s, before);
    }
    return withEtag(Response.ok(s.toJson(state.now(), "")), s);
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = Jsons.field(body, field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.invalidInput(field + " must be a string, was " + v + ".");
    }
    return v.asText();
  }

  private static Integer integer(JsonNode body, String field) {
    JsonNode v = Jsons.field(body, field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.asInt();
    }
    if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
      return Integer.parseInt(v.asText().trim());
    }
    throw ApiError.invalidInput(field + " must be an integer, was " + v + ".");
  }

  private static Boolean bool(JsonNode body, String field) {
    JsonNode v = Jsons.field(body, field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw ApiError.invalidInput(field + " must be true or false, was " + v + ".");
    }
    return v.asBoolean();
  }

  static boolean etagEquals(String given, String actual) {
    return strip(given).equals(strip(actual));
  }

  private static String strip(String etag) {
    String e = etag.trim();
    if (e.startsWith("W/")) {
      e = e.substring(2);
    }
    return e.replace("\"", "");
  }

  private Response eligibilities(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    SubscriptionRec s = state.subscription(c, q.var("s"));
    String type = q.query("eligibilityType");
    String eligibilityType = type == null ? "immediate" : type.toLowerCase(Locale.ROOT);
    List<ObjectNode> out = new ArrayList<>();
    for (String target : s.item.upgradeTargets()) {
      CatalogItem t = state.catalog.find(target).orElse(null);
      if (t == null) {
        continue;
      }
      ObjectNode n = Jsons.object();
      n.put("catalogItemId", t.catalogItemId());
      n.put("title", t.skuTitle());
      n.put("eligibilityType", eligibilityType);
      ArrayNode el = n.putArray("eligibilities");
      ObjectNode e = el.addObject();
      boolean ok = "active".equals(s.status);
      e.put("isEligible", ok);
      e.put("transitionType", "transition_with_license_transfer");
      ArrayNode errs = e.putArray("errors");
      if (!ok) {
        errs.addObject().put("code", 800091).put("description", "The subscription is " + s.status + ".");
      }
      out.add(Jsons.attributes(n, "TransitionEligibility"));
    }
    return Response.ok(Paging.collection(out, "Collection"));
  }

  private Response transition(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    SubscriptionRec s = state.subscription(c, q.var("s"));
    JsonNode body = q.json();
    String toId = Jsons.text(body, "toCatalogItemId");
    if (toId == null) {
      throw ApiError.invalidInput("toCatalogItemId is required.");
    }
    CatalogItem to = commerce.catalogItem(toId);
    if (!s.item.upgradeTargets().contains(to.productSkuId())) {
      throw new ApiError(400, 800004, s.item.skuTitle() + " cannot be upgraded to " + to.skuTitle() + ".");
    }
    if (!"active".equals(s.status)) {
      throw new ApiError(400, 800091, "The subscription " + s.id + " is " + s.status + " and cannot be upgraded.");
    }
    JsonNode qn = Jsons.field(body, "quantity");
    int quantity = qn == null ? s.quantity : qn.asInt();
    if (quantity < 1 || quantity > s.quantity) {
      throw ApiError.invalidInput("quantity must be between 1 and " + s.quantity + ".");
    }
    String term = Jsons.text(body, "termDuration");
    String cycle = Jsons.text(body, "billingCycle");
    Commerce.Purchase p = new Commerce.Purchase(to, quantity, term == null ? s.termDuration : term,
        cycle == null ? s.billingCycle : cycle, null, null, null, null);
    commerce.validate(c, p);
    Instant now = state.now();
    ObjectNode before = s.toJson(now, "");
    String orderId = state.ids.guid();
    SubscriptionRec target = commerce.purchase(c, p, orderId);
    ArrayNode lines = Jsons.array();
    lines.add(Commerce.orderLine(0, target, "upgrade"));
    commerce.recordOrder(c, orderId, target.billingCycle, lines, now, false);
    if (quantity == s.quantity) {
      s.status = "expired";
      s.autoRenew = false;
      s.history.add(new SubscriptionEvent("convert", now, s.quantity, 0));
      for (SubscriptionRec addOn : commerce.addOns(c, s)) {
        if (addOn.live()) {
          addOn.parentSubscriptionId = target.id;
        }
      }
    } else {
      s.quantity -= quantity;
      s.removeSeats(Math.min(quantity, s.refundableQuantity(now)), now);
      s.history.add(new SubscriptionEvent("convert", now, quantity, s.quantity));
    }
    s.version++;
    ObjectNode t = Jsons.object();
    t.put("id", state.ids.guid());
    t.put("fromCatalogItemId", s.item.catalogItemId());
    t.put("toCatalogItemId", to.catalogItemId());
    t.put("fromSubscriptionId", s.id);
    t.put("toSubscriptionId", target.id);
    t.put("quantity", quantity);
    t.put("transitionType", Jsons.text(body, "transitionType") == null ? "transition_with_license_transfer"
        : Jsons.text(body, "transitionType"));
    t.put("status", "complete");
    t.put("operationId", state.ids.guid());
    t.put("creationTime", Jsons.time(now));
    t.put("customerTenantId", c.id);
    Jsons.attributes(t, "Transition");
    c.transitions.add(t);
    state.audit(c, "subscription", "upgrade_subscription", now).oldValue(before).newValue(target.toJson(now, ""));
    return Response.json(201, t);
  }
}
