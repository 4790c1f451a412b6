package io.cspsdk.testkit.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.server.ApiError;
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
    state.audit(c, "Subscription", "CreateSubscription", s.toJson(now, ""), null);
    return s;
  }

  public void changeQuantity(CustomerRec c, SubscriptionRec s, int newQuantity) {
    Instant now = state.now();
    if ("suspended".equals(s.status)) {
      throw new ApiError(400, 800091, "The subscription " + s.id + " is suspended; its quantity cannot change.");
    }
    if (!"active".equals(s.status)) {
      throw ApiError.invalidInput("The subscription " + s.id + " is " + s.status + "; its quantity cannot change.");
    }
    if (newQuantity < 1) {
      throw ApiError.invalidInput("quantity must be at least 1; cancel the subscription instead.");
    }
    if (newQuantity > s.item.maximumQuantity()) {
      throw new ApiError(400, 800067, "The quantity " + newQuantity + " exceeds the maximum of "
          + s.item.maximumQuantity() + " seats.");
    }
    int delta = newQuantity - s.quantity;
    if (delta == 0) {
      return;
    }
    ObjectNode old = s.toJson(now, "");
    if (delta > 0) {
      s.addSeats(delta, now);
      s.quantity = newQuantity;
      s.history.add(new SubscriptionEvent("addQuantity", now, delta, newQuantity));
    } else {
      int removable = s.refundableQuantity(now);
      if (-delta > removable) {
        throw new ApiError(400, 800090, "The quantity cannot be decreased by " + (-delta) + ": only seats added in "
            + "the last 7 days can be removed (" + removable + " now).");
      }
      s.removeSeats(-delta, now);
      s.quantity = newQuantity;
      s.history.add(new SubscriptionEvent("removeQuantity", now, -delta, newQuantity));
    }
    s.scheduledNextTermInstructions = null;
    s.version++;
    state.audit(c, "Subscription", "UpdateSubscriptionQuantity", s.toJson(now, ""), old);
  }

  public void cancel(CustomerRec c, SubscriptionRec s) {
    Instant now = state.now();
    if ("deleted".equals(s.status)) {
      return;
    }
    if (!s.isAddOn() && !now.isBefore(s.cancellationAllowedUntil())) {
      throw new ApiError(400, 900117, "The subscription can no longer be cancelled: the cancellation window ended "
          + Jsons.time(s.cancellationAllowedUntil()) + ".");
    }
    ObjectNode old = s.toJson(now, "");
    s.status = "deleted";
    s.autoRenew = false;
    s.scheduledNextTermInstructions = null;
    s.version++;
    s.history.add(new SubscriptionEvent("cancel", now, s.quantity, 0));
    state.audit(c, "Subscription", "UpdateSubscriptionStatus", s.toJson(now, ""), old);
    for (SubscriptionRec addOn : addOns(c, s)) {
      if (addOn.live()) {
        addOn.status = "deleted";
        addOn.autoRenew = false;
        addOn.version++;
        addOn.history.add(new SubscriptionEvent("cancel", now, addOn.quantity, 0));
      }
    }
  }

  public void setStatus(CustomerRec c, SubscriptionRec s, String status) {
    Instant now = state.now();
    String st = status.toLowerCase(Locale.ROOT);
    if (st.equals(s.status)) {
      return;
    }
    ObjectNode old = s.toJson(now, "");
    switch (st) {
      case "deleted", "cancelled" -> {
        cancel(c, s);
        return;
      }
      case "suspended" -> {
        if (!"active".equals(s.status)) {
          throw ApiError.invalidInput("Only an active subscription can be suspended.");
        }
        s.status = "suspended";
        s.autoRenew = false;  // new commerce turns auto-renew off on suspension
        s.scheduledNextTermInstructions = null;
        s.suspensionReasons.clear();
        s.suspensionReasons.add("CustomerCancellation");
        s.history.add(new SubscriptionEvent("suspend", now, s.quantity, s.quantity));
      }
      case "active" -> {
        if (!"suspended".equals(s.status)) {
          throw ApiError.invalidInput("Only a suspended subscription can be reactivated (it is " + s.status + ").");
        }
        s.status = "active";
        s.suspensionReasons.clear();
        s.history.add(new SubscriptionEvent("reactivate", now, s.quantity, s.quantity));
      }
      default -> throw ApiError.invalidInput("The status " + status + " cannot be set.");
    }
    s.version++;
    state.audit(c, "Subscription", "UpdateSubscriptionStatus", s.toJson(now, ""), old);
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

  /** Term end reached: renew (applying scheduled next-term instructions) or expire. */
  public void endTerm(CustomerRec c, SubscriptionRec s) {
    Instant at = s.termEnd;
    ObjectNode old = s.toJson(at, "");
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
      state.audit(c, "Subscription", "RenewSubscription", s.toJson(at, ""), old);
    } else {
      s.status = "expired";
      s.version++;
      s.history.add(new SubscriptionEvent("expire", at, s.quantity, 0));
      state.audit(c, "Subscription", "ExpireSubscription", s.toJson(at, ""), old);
    }
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
