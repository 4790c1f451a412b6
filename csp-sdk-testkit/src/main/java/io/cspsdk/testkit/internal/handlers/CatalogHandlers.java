package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.Catalog;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Products, SKUs, availabilities and the legacy offers listing. */
public final class CatalogHandlers {
  private final HandlerContext ctx;
  private final FakeState state;

  public CatalogHandlers(HandlerContext ctx) {
    this.ctx = ctx;
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/products", this::products);
    r.add("GET", "/products/{p}", q -> {
      country(q);
      return Response.ok(product(items(q.var("p")).get(0)));
    });
    r.add("GET", "/products/{p}/skus", q -> {
      country(q);
      return Response.ok(Paging.collection(items(q.var("p")).stream().map(CatalogHandlers::sku).toList(),
          "Collection"));
    });
    r.add("GET", "/products/{p}/skus/{s}", q -> {
      country(q);
      return Response.ok(sku(item(q.var("p"), q.var("s"))));
    });
    r.add("GET", "/products/{p}/skus/{s}/availabilities", q -> {
      String country = country(q);
      return Response.ok(Paging.collection(List.of(availability(item(q.var("p"), q.var("s")), country,
          segment(q))), "Collection"));
    });
    r.add("GET", "/products/{p}/skus/{s}/availabilities/{a}", q -> {
      String country = country(q);
      CatalogItem i = item(q.var("p"), q.var("s"));
      if (!i.availabilityId().equalsIgnoreCase(q.var("a"))) {
        throw ApiError.notFound(400013, "Availability " + q.var("a") + " was not found.");
      }
      return Response.ok(availability(i, country, segment(q)));
    });
    r.add("GET", "/offers", this::offers);
    r.add("GET", "/offers/{o}", q -> Response.ok(offer(legacy(q.var("o")))));
    r.add("GET", "/offers/{o}/addons", q -> {
      CatalogItem base = legacy(q.var("o"));
      List<ObjectNode> addOns = state.catalog.items().stream()
          .filter(i -> i.addOn() && i.prerequisites().contains(base.productSkuId())).map(CatalogHandlers::offer)
          .toList();
      return Response.ok(Paging.collection(addOns, "Collection"));
    });
  }

  private static String country(Request q) {
    String c = q.query("country");
    if (c == null || c.isBlank()) {
      throw ApiError.invalidInput("The country parameter is required.");
    }
    return c.toUpperCase(java.util.Locale.ROOT);
  }

  private static String segment(Request q) {
    String s = q.query("targetSegment");
    return s == null ? "commercial" : s.toLowerCase(java.util.Locale.ROOT);
  }

  private List<CatalogItem> items(String productId) {
    List<CatalogItem> items = state.catalog.product(productId);
    if (items.isEmpty()) {
      throw ApiError.notFound(400013, "Product " + productId + " was not found.");
    }
    return items;
  }

  private CatalogItem item(String productId, String skuId) {
    return items(productId).stream().filter(i -> i.skuId().equalsIgnoreCase(skuId)).findFirst()
        .orElseThrow(() -> ApiError.notFound(400013, "SKU " + productId + ":" + skuId + " was not found."));
  }

  private CatalogItem legacy(String offerId) {
    return state.catalog.items().stream().filter(i -> Catalog.legacyOfferId(i).equalsIgnoreCase(offerId))
        .findFirst().orElseThrow(() -> ApiError.notFound(800004, "Offer " + offerId + " was not found."));
  }

  private Response products(Request q) {
    country(q);
    String view = q.query("targetView");
    if (view == null || view.isBlank()) {
      throw ApiError.invalidInput("The targetView parameter is required.");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<ObjectNode> out = new ArrayList<>();
    for (CatalogItem i : state.catalog.items()) {
      boolean azure = i.productType().equals("Azure");
      boolean matches = view.equalsIgnoreCase("Azure") ? azure
          : view.equalsIgnoreCase("OnlineServices") || view.equalsIgnoreCase("OnlineServicesNCE") ? !azure : false;
      if (matches && seen.add(i.productId())) {
        out.add(product(i));
      }
    }
    return Response.ok(Paging.collection(out, "Collection"));
  }

  private Response offers(Request q) {
    country(q);
    List<ObjectNode> out = state.catalog.items().stream().filter(i -> !i.usageBased())
        .map(CatalogHandlers::offer).toList();
    return Response.ok(ctx.paging().offset(q, out, "/offers?country=" + q.query("country"), 1000));
  }

  static ObjectNode product(CatalogItem i) {
    ObjectNode n = Jsons.object();
    n.put("id", i.productId());
    n.put("title", i.productTitle());
    n.put("description", i.productTitle() + " (csp-sdk-testkit catalog)");
    ObjectNode pt = n.putObject("productType");
    pt.put("id", i.productType());
    pt.put("displayName", i.productType());
    n.putObject("links").set("skus", Jsons.link("/products/" + i.productId() + "/skus?country=US"));
    return Jsons.attributes(n, "Product");
  }

  static ObjectNode sku(CatalogItem i) {
    ObjectNode n = Jsons.object();
    n.put("id", i.skuId());
    n.put("productId", i.productId());
    n.put("title", i.skuTitle());
    n.put("description", i.skuTitle());
    n.put("minimumQuantity", 1);
    n.put("maximumQuantity", i.maximumQuantity());
    n.put("isTrial", false);
    ArrayNode cycles = n.putArray("supportedBillingCycles");
    if (i.usageBased()) {
      cycles.add("monthly");
    } else {
      cycles.add("monthly").add("annual");
    }
    // shaped like Microsoft's Business Basic sample: an array of prerequisites; dynamicAttributes mixes booleans,
    // arrays and strings, and provisioningId is the licence SKU GUID seats appear under (null without licences)
    n.putArray("purchasePrerequisites").add("MicrosoftCloudAgreement");
    n.putArray("inventoryVariables");
    n.putArray("provisioningVariables");
    n.putArray("actions").add("Refund");
    ObjectNode dyn = n.putObject("dynamicAttributes");
    dyn.put("isMicrosoftProduct", true);
    dyn.put("hasConstraints", true);
    dyn.put("isAddon", i.addOn());
    ArrayNode pre = dyn.putArray("prerequisiteSkus");
    i.prerequisites().forEach(pre::add);
    dyn.put("isSoftwareAssuranceApplicable", false);
    ArrayNode up = dyn.putArray("upgradeTargetOffers");
    i.upgradeTargets().forEach(up::add);
    dyn.put("provisioningId", i.licenceSkuId());
    dyn.put("internal", false);
    ObjectNode links = n.putObject("links");
    links.set("availabilities",
        Jsons.link("/products/" + i.productId() + "/skus/" + i.skuId() + "/availabilities?country=US"));
    links.set("self", Jsons.link("/products/" + i.productId() + "/skus/" + i.skuId() + "?country=US"));
    return Jsons.attributes(n, "Sku");
  }

  static ObjectNode availability(CatalogItem i, String country, String segment) {
    ObjectNode n = Jsons.object();
    n.put("id", i.availabilityId());
    n.put("productId", i.productId());
    n.put("skuId", i.skuId());
    n.put("catalogItemId", i.catalogItemId());
    ObjectNode cur = n.putObject("defaultCurrency");
    cur.put("code", "USD");
    cur.put("symbol", "$");
    n.put("segment", segment);
    n.put("country", country);
    n.put("isPurchasable", true);
    n.put("isRenewable", true);
    ArrayNode terms = n.putArray("terms");
    if (i.usageBased()) {
      terms.add(term("P1M", "monthly", false));
    } else {
      terms.add(term("P1Y", "monthly", true));
      terms.add(term("P1Y", "annual", true));
      terms.add(term("P1M", "monthly", true));
      terms.add(term("P3Y", "annual", true));
    }
    return Jsons.attributes(n, "Availability");
  }

  private static ObjectNode term(String duration, String cycle, boolean refundable) {
    ObjectNode t = Jsons.object();
    t.put("duration", duration);
    t.put("description", duration + " " + cycle);
    t.put("billingCycle", cycle);
    ArrayNode policies = t.putArray("cancellationPolicies");
    if (refundable) {
      ArrayNode opts = policies.addObject().putArray("refundOptions");
      opts.addObject().put("type", "Full").put("expiresAfter", "P1D");
      opts.addObject().put("type", "Partial").put("expiresAfter", "P7D");
    }
    return t;
  }

  /** Whether the availability sells this term/billing-cycle combination. */
  static boolean sells(CatalogItem i, String termDuration, String billingCycle) {
    ArrayNode terms = (ArrayNode) availability(i, "US", "commercial").get("terms");
    for (var t : terms) {
      if (t.get("duration").asText().equalsIgnoreCase(termDuration)
          && t.get("billingCycle").asText().equalsIgnoreCase(billingCycle)) {
        return true;
      }
    }
    return false;
  }

  static ObjectNode offer(CatalogItem i) {
    ObjectNode n = Jsons.object();
    n.put("id", Catalog.legacyOfferId(i));
    n.put("name", i.skuTitle());
    n.put("description", i.productTitle());
    n.put("minimumQuantity", 1);
    n.put("maximumQuantity", i.maximumQuantity());
    n.put("rank", 0);
    n.put("uri", "/offers/" + Catalog.legacyOfferId(i));
    n.put("isAddOn", i.addOn());
    n.put("isAvailableForPurchase", true);
    n.put("billing", "license");
    n.putArray("supportedBillingCycles").add("monthly").add("annual");
    ObjectNode pt = n.putObject("productType");
    pt.put("id", i.productType());
    pt.put("displayName", i.productType());
    n.put("unitType", "Licenses");
    return Jsons.attributes(n, "Offer");
  }
}
