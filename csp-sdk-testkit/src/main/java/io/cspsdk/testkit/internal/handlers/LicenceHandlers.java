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
import io.cspsdk.testkit.internal.state.AuditEntry;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import io.cspsdk.testkit.internal.state.UserRec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Subscribed SKUs (seats from live subscriptions vs. assigned users) and licence assignment. */
public final class LicenceHandlers {
  private final FakeState state;
  private final UserHandlers users;

  public LicenceHandlers(HandlerContext ctx, UserHandlers users) {
    this.state = ctx.state();
    this.users = users;
  }

  public void register(Router r) {
    r.add("GET", "/customers/{c}/subscribedskus", q -> {
      CustomerRec c = state.customer(q.var("c"));
      return Response.ok(Paging.collection(new ArrayList<>(skus(c).values()), "Collection"));
    });
    r.add("GET", "/customers/{c}/users/{u}/licenses", q -> {
      CustomerRec c = state.customer(q.var("c"));
      UserRec u = users.user(c, q.var("u"));
      List<ObjectNode> out = new ArrayList<>();
      for (String sku : u.licences) {
        CatalogItem item = state.catalog.byLicenceSku(sku).orElse(null);
        if (item != null) {
          ObjectNode l = Jsons.object();
          l.putArray("servicePlans");
          l.set("productSku", productSku(item));
          out.add(Jsons.attributes(l, "License"));
        }
      }
      return Response.ok(Paging.collection(out, "Collection"));
    });
    r.add("POST", "/customers/{c}/users/{u}/licenseupdates", this::update);
  }

  /** Seats per licence SKU: total from active subscriptions, suspended seats, seats assigned to active users. */
  Map<String, ObjectNode> skus(CustomerRec c) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, CatalogItem> items = new LinkedHashMap<>();
    for (SubscriptionRec s : c.subscriptions.values()) {
      String sku = s.item.licenceSkuId();
      if (sku == null) {
        continue;
      }
      int[] n = counts.computeIfAbsent(sku, k -> new int[3]);
      items.put(sku, s.item);
      if ("active".equals(s.status)) {
        n[0] += s.quantity;
      } else if ("suspended".equals(s.status)) {
        n[1] += s.quantity;
      }
    }
    for (UserRec u : c.users.values()) {
      if (u.active()) {
        for (String sku : u.licences) {
          int[] n = counts.get(sku);
          if (n != null) {
            n[2]++;
          }
        }
      }
    }
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    counts.forEach((sku, n) -> {
      ObjectNode o = Jsons.object();
      o.put("availableUnits", n[0] - n[2]);
      o.put("activeUnits", n[0]);
      o.put("consumedUnits", n[2]);
      o.put("suspendedUnits", n[1]);
      o.put("totalUnits", n[0]);
      o.put("warningUnits", 0);
      o.set("productSku", productSku(items.get(sku)));
      o.putArray("servicePlans");
      o.put("capabilityStatus", n[0] > 0 ? "Enabled" : "Suspended");
      out.put(sku, Jsons.attributes(o, "SubscribedSku"));
    });
    return out;
  }

  static ObjectNode productSku(CatalogItem item) {
    ObjectNode p = Jsons.object();
    p.put("id", item.licenceSkuId());
    p.put("name", item.skuTitle());
    p.put("skuPartNumber", item.skuPartNumber());
    p.put("targetType", "User");
    p.put("licenseGroupId", "group1");
    return p;
  }

  private Response update(Request q) {
    CustomerRec c = state.customer(q.var("c"));
    UserRec u = users.user(c, q.var("u"));
    if (!u.active()) {
      throw ApiError.notFound(60002, "User " + u.id + " is deleted.");
    }
    JsonNode b = q.json();
    JsonNode assign = Jsons.field(b, "licensesToAssign");
    JsonNode remove = Jsons.field(b, "licensesToRemove");
    Map<String, ObjectNode> skus = skus(c);
    List<String> toAssign = new ArrayList<>();
    if (assign != null) {
      for (JsonNode a : assign) {
        String sku = Jsons.text(a, "skuId");
        if (sku == null) {
          throw ApiError.invalidInput("licensesToAssign[].skuId is required.");
        }
        ObjectNode s = skus.get(sku.toLowerCase(java.util.Locale.ROOT));
        if (s == null) {
          throw new ApiError(400, 60012, "The customer has no licences of SKU " + sku + ".");
        }
        if (!u.licences.contains(sku.toLowerCase(java.util.Locale.ROOT))) {
          if (s.get("availableUnits").asInt() <= 0) {
            throw new ApiError(400, 60012, "No available licences of " + s.get("productSku").get("name").asText()
                + " (" + sku + ") to assign.");
          }
          toAssign.add(sku.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    List<String> toRemove = new ArrayList<>();
    if (remove != null) {
      for (JsonNode rn : remove) {
        String sku = rn.isTextual() ? rn.asText() : Jsons.text(rn, "skuId");
        if (sku != null) {
          toRemove.add(sku.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return Response.json(201, apply(state, c, u, toAssign, toRemove));
  }

  /**
   * Assigns and removes licences (lower-case SKU ids) and writes the {@code update_customer_user_licenses} record;
   * returns the {@code LicenseUpdate} answer.
   */
  public static ObjectNode apply(FakeState state, CustomerRec c, UserRec u, List<String> toAssign,
                                 List<String> toRemove) {
    u.licences.removeAll(toRemove);
    u.licences.addAll(toAssign);
    ObjectNode out = Jsons.object();
    ArrayNode a = out.putArray("licensesToAssign");
    toAssign.forEach(s -> a.addObject().put("skuId", s).putArray("excludedPlans"));
    ArrayNode r = out.putArray("licensesToRemove");
    toRemove.forEach(r::add);
    out.putArray("licenseWarnings");
    Jsons.attributes(out, "LicenseUpdate");
    AuditEntry e = state.audit(c, "license", "update_customer_user_licenses").newValue(out)
        .data("CustomerUserId", u.id);
    toAssign.forEach(sku -> e.data("AddedLicenseSkuId", sku));
    toRemove.forEach(sku -> e.data("RemovedLicenseSkuId", sku));
    return out;
  }
}
