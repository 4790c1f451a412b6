package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.state.AuditEntry;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SubscriptionEvent;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Partner Center's commerce rules: purchases, seat changes, cancellation, suspension, renewal, transitions. */
public final class Commerce {
  private final FakeState state;
  private final FakeSettings settings;

  public Commerce(FakeState state, FakeSettings settings) {
    this.state = state;
    this.settings = settings;
  }

  /** One line to buy. */
  public record Purchase(CatalogItem item, int quantity, String termDuration, String billingCycle,
                         String parentSubscriptionId, String friendlyName, String promotionId, Instant customTermEnd) {}

  public boolean requiresCustomerAgreement() {
    return settings.requireCustomerAgreement;
  }

  public CatalogItem catalogItem(String catalogItemId) {
    return state.catalog.find(catalogItemId).orElseThrow(() -> new ApiError(400, 800004,
        "The catalog item " + catalogItemId + " is invalid or not available in this market."));
  }

  /** Checks a line before anything is created (so a failing order creates nothing). */
  public void validate(CustomerRec c, Purchase p) {
    if (p.quantity() < 1) {
      throw ApiError.invalidInput("quantity must be at least 1.");
    }
    if (p.quantity() > p.item().maximumQuantity()) {
      throw new ApiError(400, 800067, "The quantity " + p.quantity() + " exceeds the maximum of "
          + p.item().maximumQuantity() + " seats for " + p.item().skuTitle() + ".");
    }
    if (settings.requireCustomerAgreement && c.agreements.isEmpty()) {
      throw new ApiError(400, 13605, "The customer has not accepted the Microsoft Customer Agreement.");
    }
    if (!CatalogHandlers.sells(p.item(), p.termDuration(), p.billingCycle())) {
      throw ApiError.invalidInput("The term " + p.termDuration() + " with billing cycle " + p.billingCycle()
          + " is not available for " + p.item().catalogItemId() + ".");
    }
    if (p.item().addOn()) {
      if (p.parentSubscriptionId() == null) {
        throw new ApiError(400, 800004, "The add-on " + p.item().skuTitle() + " needs a base subscription.");
      }
      SubscriptionRec base = state.subscription(c, p.parentSubscriptionId());
      if (!"active".equals(base.status)) {
        throw ApiError.invalidInput("The base subscription " + base.id + " is not active.");
      }
      if (!p.item().prerequisites().contains(base.item.productSkuId())) {
        throw new ApiError(400, 800004, "The add-on " + p.item().skuTitle() + " cannot be attached to "
            + base.item.skuTitle() + ".");
      }
      if (p.customTermEnd() != null && !p.customTermEnd().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
          .equals(base.commitmentEndDate())) {
        throw ApiError.invalidInput("An add-on must be coterminous with its base subscription: its term ends "
            + Jsons.time(base.commitmentEndDate()) + ".");
      }
    } else if (p.parentSubscriptionId() != null) {
      throw ApiError.invalidInput(p.item().skuTitle() + " is not an add-on.");
    }
    long live = c.subscriptions.values().stream().filter(SubscriptionRec::live).count();
    if (settings.sandbox && live >= 25) {
      throw new ApiError(400, 800066, "The customer has too many subscriptions for a sandbox account.");
    }
  }

  public SubscriptionRec purchase(CustomerRec c, Purchase p, String orderId) {
    Instant now = state.now();
    SubscriptionRec s = new SubscriptionRec(state.ids.guid(), c.id, p.item(), state.ids.guid(), now);
    s.orderId = orderId;
    s.quantity = p.quantity();
    s.friendlyName = p.friendlyName();
    s.promotionId = p.promotionId();
    s.billingCycle = p.billingCycle().toLowerCase(Locale.ROOT);
    s.autoRenew = !p.item().usageBased();
    if (p.parentSubscriptionId() != null) {
      SubscriptionRec base = state.subscription(c, p.parentSubscriptionId());
      s.parentSubscriptionId = base.id;
      s.termDuration = base.termDuration;
      s.autoRenew = base.autoRenew;
      s.quantity = p.quantity();
      s.startTerm(now, now);
      s.termEnd = base.termEnd;   // coterminous with the base
    } else {
      s.termDuration = p.termDuration().toUpperCase(Locale.ROOT);
      s.startTerm(now, now);
    }
    s.history.add(new SubscriptionEvent("new", now, s.quantity, s.quantity));
    c.subscriptions.put(s.id.toLowerCase(Locale.ROOT), s);
    return s;
  }

  /** Refuses a quantity change the subscription cannot take while its status is {@code status}; changes nothing. */
  public void checkQuantity(SubscriptionRec s, int newQuantity, String status) {
    if ("suspended".equals(status)) {
      throw new ApiError(400, 800091, "The subscription " + s.id + " is suspended; its quantity cannot change.");
    }
    if (!"active".equals(status)) {
      throw ApiError.invalidInput("The subscription " + s.id + " is " + status + "; its quantity cannot change.");
    }
    if (newQuantity < 1) {
      throw ApiError.invalidInput("quantity must be at least 1; cancel the subscription instead.");
    }
    if (newQuantity > s.item.maximumQuantity()) {
      throw new ApiError(400, 800067, "The quantity " + newQuantity + " exceeds the maximum of "
          + s.item.maximumQuantity() + " seats.");
    }
    int removable = s.refundableQuantity(state.now());
    if (s.quantity - newQuantity > removable) {
      throw new ApiError(400, 800090, "The quantity cannot be decreased by " + (s.quantity - newQuantity)
          + ": only seats added in the last 7 days can be removed (" + removable + " now).");
    }
  }

  public void changeQuantity(CustomerRec c, SubscriptionRec s, int newQuantity) {
    checkQuantity(s, newQuantity, s.status);
    Instant now = state.now();
    int delta = newQuantity - s.quantity;
    if (delta == 0) {
      return;
    }
    if (delta > 0) {
      s.addSeats(delta, now);
      s.quantity = newQuantity;
      s.history.add(new SubscriptionEvent("addQuantity", now, delta, newQuantity));
    } else {
      s.removeSeats(-delta, now);
      s.quantity = newQuantity;
      s.history.add(new SubscriptionEvent("removeQuantity", now, -delta, newQuantity));
    }
    s.scheduledNextTermInstructions = null;
    s.version++;
  }

  public void cancel(CustomerRec c, SubscriptionRec s) {
    Instant now = state.now();
    if ("deleted".equals(s.status)) {
      return;
    }
    checkStatus(s, "deleted");
    s.status = "deleted";
    s.autoRenew = false;
    s.scheduledNextTermInstructions = null;
    s.version++;
    s.history.add(new SubscriptionEvent("cancel", now, s.quantity, 0));
    for (SubscriptionRec addOn : addOns(c, s)) {
      if (addOn.live()) {
        ObjectNode old = addOn.toJson(now, "");
        addOn.status = "deleted";
        addOn.autoRenew = false;
        addOn.version++;
        addOn.history.add(new SubscriptionEvent("cancel", now, addOn.quantity, 0));
        auditUpdate(c, addOn, old);
      }
    }
  }

  /** Refuses a status change the subscription cannot make; changes nothing. */
  public void checkStatus(SubscriptionRec s, String status) {
    String st = status.toLowerCase(Locale.ROOT);
    if (st.equals(s.status)) {
      return;
    }
    switch (st) {
      case "deleted", "cancelled" -> {
        if (!s.isAddOn() && !state.now().isBefore(s.cancellationAllowedUntil())) {
          throw new ApiError(400, 900117, "The subscription can no longer be cancelled: the cancellation window "
              + "ended " + Jsons.time(s.cancellationAllowedUntil()) + ".");
        }
      }
      case "suspended" -> {
        if (!"active".equals(s.status)) {
          throw ApiError.invalidInput("Only an active subscription can be suspended.");
        }
      }
      case "active" -> {
        if (!"suspended".equals(s.status)) {
          throw ApiError.invalidInput("Only a suspended subscription can be reactivated (it is " + s.status + ").");
        }
      }
      default -> throw ApiError.invalidInput("status: " + status + " cannot be set (active, suspended or deleted).");
    }
  }

  public void setStatus(CustomerRec c, SubscriptionRec s, String status) {
    Instant now = state.now();
    String st = status.toLowerCase(Locale.ROOT);
    if (st.equals(s.status)) {
      return;
    }
    checkStatus(s, st);
    switch (st) {
      case "deleted", "cancelled" -> {
        cancel(c, s);
        return;
      }
      case "suspended" -> {
        s.status = "suspended";
        s.autoRenew = false;  // new commerce turns auto-renew off on suspension
        s.scheduledNextTermInstructions = null;
        s.suspensionReasons.clear();
        s.suspensionReasons.add("CustomerCancellation");
        s.history.add(new SubscriptionEvent("suspend", now, s.quantity, s.quantity));
      }
      default -> {
        s.status = "active";
        s.suspensionReasons.clear();
        s.history.add(new SubscriptionEvent("reactivate", now, s.quantity, s.quantity));
      }
    }
    s.version++;
  }

  public List<SubscriptionRec> addOns(CustomerRec c, SubscriptionRec base) {
    List<SubscriptionRec> out = new ArrayList<>();
    for (SubscriptionRec s : c.subscriptions.values()) {
      if (base.id.equals(s.parentSubscriptionId)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Term end reached: renew (applying scheduled next-term instructions) or expire. Not audited: Microsoft renews
   * and ends terms, not the partner.
   */
  public void endTerm(CustomerRec c, SubscriptionRec s) {
    Instant at = s.termEnd;
    if (s.autoRenew && "active".equals(s.status)) {
      var sched = s.scheduledNextTermInstructions;
      if (sched != null && !s.isAddOn()) {
        var product = sched.path("product");
        int q = sched.path("quantity").asInt(s.quantity);
        if (q > 0 && q != s.quantity) {
          s.history.add(new SubscriptionEvent(q > s.quantity ? "renewAddQuantity" : "renewRemoveQuantity", at,
              Math.abs(q - s.quantity), q));
          s.quantity = q;
        }
        String term = product.path("termDuration").asText(null);
        if (term != null) {
          s.termDuration = term.toUpperCase(Locale.ROOT);
        }
        String cycle = product.path("billingCycle").asText(null);
        if (cycle != null) {
          s.billingCycle = cycle.toLowerCase(Locale.ROOT);
        }
        s.scheduledNextTermInstructions = null;
      }
      if (s.isAddOn()) {
        SubscriptionRec base = c.subscriptions.get(s.parentSubscriptionId.toLowerCase(Locale.ROOT));
        s.startTerm(at, at);
        s.termEnd = base != null ? base.termEnd : s.termEnd;
      } else {
        s.startTerm(at, at);
      }
      s.version++;
      s.history.add(new SubscriptionEvent("renew", at, s.quantity, s.quantity));
    } else {
      s.status = "expired";
      s.version++;
      s.history.add(new SubscriptionEvent("expire", at, s.quantity, 0));
    }
  }

  /**
   * Records a completed order of {@code lines} (from {@link #orderLine}) created at {@code at}, audited as
   * {@code create_order} with Partner Center's customized data when {@code audited}.
   */
  public ObjectNode recordOrder(CustomerRec c, String orderId, String cycle, ArrayNode lines, Instant at,
                                boolean audited) {
    ObjectNode o = Jsons.object();
    o.put("id", orderId);
    o.put("alternateId", orderId.substring(0, 12));
    o.put("referenceCustomerId", c.id);
    o.put("billingCycle", cycle.toLowerCase(Locale.ROOT));
    o.put("currencyCode", state.currency);
    o.put("currencySymbol", "$");
    o.put("creationDate", Jsons.time(at));
    o.put("status", "completed");
    o.put("transactionType", "UserPurchase");
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode li : lines) {
      total = total.add(li.get("pricing").get("extendedPrice").decimalValue());
    }
    o.put("totalPrice", total);
    o.set("lineItems", lines);
    ObjectNode links = o.putObject("links");
    links.set("self", Jsons.link("/customers/" + c.id + "/orders/" + orderId));
    links.set("provisioningStatus", Jsons.link("/customers/" + c.id + "/orders/" + orderId + "/provisioningstatus"));
    Jsons.attributes(o, "Order");
    c.orders.put(orderId.toLowerCase(Locale.ROOT), o);
    if (audited) {
      auditOrder(c, o, at);
    }
    return o;
  }

  /** One order line for a bought subscription. */
  public static ObjectNode orderLine(int number, SubscriptionRec s, String transactionType) {
    ObjectNode li = Jsons.object();
    li.put("lineItemNumber", number);
    li.put("offerId", s.offerId());
    li.put("subscriptionId", s.id);
    if (s.parentSubscriptionId != null) {
      li.put("parentSubscriptionId", s.parentSubscriptionId);
    }
    li.put("termDuration", s.termDuration);
    li.put("transactionType", transactionType);
    li.put("friendlyName", s.friendlyName == null ? s.item.skuTitle() : s.friendlyName);
    li.put("quantity", s.quantity);
    if (s.partnerId != null) {
      li.put("partnerIdOnRecord", s.partnerId);
    }
    li.set("pricing", Commerce.pricing(s.item, s.termDuration, s.billingCycle, s.quantity));
    ObjectNode links = li.putObject("links");
    links.set("subscription", Jsons.link("/customers/" + s.customerId + "/subscriptions/" + s.id));
    return li;
  }

  /** The {@code create_order} record: the order as PascalCase JSON, and its documented customized data. */
  public void auditOrder(CustomerRec c, ObjectNode order, Instant at) {
    String cycle = order.get("billingCycle").asText();
    AuditEntry e = state.audit(c, "order", "create_order", at).newValue(order)
        .data("OrderId", order.get("id").asText())
        .data("BillingCycle", Character.toUpperCase(cycle.charAt(0)) + cycle.substring(1));
    for (JsonNode li : order.get("lineItems")) {
      int n = li.get("lineItemNumber").asInt();
      e.data("OfferId-" + n, li.get("offerId").asText())
          .data("SubscriptionId-" + n, li.get("subscriptionId").asText())
          .data("SubscriptionName-" + n, li.get("friendlyName").asText())
          .data("Quantity-" + n, li.get("quantity").asText())
          .data("PartnerOnRecord-" + n, li.hasNonNull("partnerIdOnRecord") ? li.get("partnerIdOnRecord").asText()
              : null);
    }
  }

  /** The {@code update_subscription} record of a change from {@code old} to the subscription now. */
  public void auditUpdate(CustomerRec c, SubscriptionRec s, ObjectNode old) {
    Instant now = state.now();
    state.audit(c, "subscription", "update_subscription", now).oldValue(old).newValue(s.toJson(now, ""));
  }

  /** Order line pricing block. */
  public static ObjectNode pricing(CatalogItem item, String term, String cycle, int quantity) {
    BigDecimal unit = Pricing.unitPrice(item, term, cycle);
    ObjectNode p = Jsons.object();
    p.put("listPrice", unit);
    p.put("discountedPrice", unit);
    p.put("proratedPrice", unit);
    p.put("price", unit);
    p.put("extendedPrice", unit.multiply(BigDecimal.valueOf(quantity)));
    return p;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = Jsons.array();
    values.forEach(a::add);
    return a;
  }
}
