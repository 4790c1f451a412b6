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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
      Set<String> groups = groups(q);
      List<ObjectNode> out = skus(c).values().stream()
          .filter(s -> groups.contains(s.get("productSku").get("licenseGroupId").asText())).toList();
      return Response.ok(Paging.collection(new ArrayList<>(out), "Collection"));
    });
    r.add("GET", "/customers/{c}/users/{u}/licenses", q -> {
      CustomerRec c = state.customer(q.var("c"));
      UserRec u = users.user(c, q.var("u"));
      Set<String> groups = groups(q);
      List<ObjectNode> out = new ArrayList<>();
      for (String sku : u.licences) {
        CatalogItem item = state.catalog.byLicenceSku(sku).orElse(null);
        if (item != null && groups.contains(item.licenseGroupId())) {
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

  /**
   * The licence groups a listing asks for with its (repeatable) {@code licenseGroupIds} query parameter, lower-case
   * ({@code Group1} → {@code group1}); Partner Center's default is group 1 only.
   */
  static Set<String> groups(Request q) {
    Set<String> groups = new TreeSet<>();
    String raw = q.rawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        if (eq > 0 && name.equalsIgnoreCase("licenseGroupIds")) {
          for (String g : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).split(",")) {
            String group = g.trim().toLowerCase(Locale.ROOT);
            if (!group.equals(CatalogItem.GROUP1) && !group.equals(CatalogItem.GROUP2)) {
              throw ApiError.invalidInput("licenseGroupIds: unknown licence group '" + g.trim()
                  + "' (Group1 or Group2).");
            }
            groups.add(group);
          }
        }
      }
    }
    return groups.isEmpty() ? Set.of(CatalogItem.GROUP1) : groups;
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
    p.put("licenseGroupId", item.licenseGroupId());
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
    oneLicenceGroup(assign, remove);
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
   * Partner Center: "A license assignment request must contain licenses from a single license group ... An attempt
   * to assign licenses from more than one group in a single request will fail". Its error code is not documented;
   * the fake answers 400 with the invalid-input code and names both groups.
   */
  private void oneLicenceGroup(JsonNode assign, JsonNode remove) {
    Map<String, String> groupOf = new LinkedHashMap<>();
    List<String> skus = new ArrayList<>();
    if (assign != null) {
      assign.forEach(a -> skus.add(Jsons.text(a, "skuId")));
    }
    if (remove != null) {
      remove.forEach(rn -> skus.add(rn.isTextual() ? rn.asText() : Jsons.text(rn, "skuId")));
    }
    for (String sku : skus) {
      if (sku != null) {
        state.catalog.byLicenceSku(sku).ifPresent(i -> groupOf.putIfAbsent(i.licenseGroupId(), sku));
      }
    }
    if (groupOf.size() > 1) {
      List<String> named = new ArrayList<>();
      groupOf.forEach((g, sku) -> named.add(sku + " (" + g + ")"));
      throw ApiError.invalidInput("A license update must contain licenses from a single license group: "
          + String.join(" and ", named) + " are in different groups.");
    }
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
