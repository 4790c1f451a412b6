package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.catalog.Catalog;
import io.cspsdk.testkit.internal.catalog.CatalogItem;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A subscription's state; {@link #toJson(Instant, String)} renders Partner Center's subscription resource. */
public final class SubscriptionRec {
  public static final Duration SEAT_REDUCTION_WINDOW = Duration.ofDays(7);
  public static final Duration CANCELLATION_WINDOW = Duration.ofDays(7);
  public static final Duration FULL_REFUND_WINDOW = Duration.ofHours(24);

  public final String id;
  public final String customerId;
  public final CatalogItem item;
  public final String entitlementId;
  public String orderId;
  /** Bought through a legacy offer id (legacy-shaped answers; not invoiced, as legacy billing is not modelled). */
  public boolean legacy;
  public String parentSubscriptionId;
  public String termDuration;
  public String billingCycle;
  public int quantity;
  public String status = "active";
  public boolean autoRenew;
  public String friendlyName;
  public Instant creationDate;
  /** Start of the current term (midnight UTC). */
  public Instant termStart;
  /** First instant after the current term (the renewal instant); commitmentEndDate is the day before. */
  public Instant termEnd;
  /** Cancellation (and full refund) windows, counted from the purchase or the latest renewal. */
  public Instant windowStart;
  public final List<SeatLot> lots = new ArrayList<>();
  public JsonNode scheduledNextTermInstructions;
  public final List<String> suspensionReasons = new ArrayList<>();
  public final List<SubscriptionEvent> history = new ArrayList<>();
  public long version = 1;
  public String promotionId;
  /** The indirect reseller's MPN id ({@code partnerId}; from the order line's {@code partnerIdOnRecord}). */
  public String partnerId;

  public SubscriptionRec(String id, String customerId, CatalogItem item, String entitlementId, Instant now) {
    this.id = id;
    this.customerId = customerId;
    this.item = item;
    this.entitlementId = entitlementId;
    this.creationDate = now;
  }

  /** Starts a term at {@code from}: term dates, windows, all seats removable for 7 days. */
  public void startTerm(Instant from, Instant now) {
    termStart = from.truncatedTo(ChronoUnit.DAYS);
    termEnd = termEnd(termStart, termDuration);
    windowStart = now;
    lots.clear();
    lots.add(new SeatLot(quantity, now.plus(SEAT_REDUCTION_WINDOW)));
  }

  public static Instant termEnd(Instant start, String termDuration) {
    Period p = Period.parse(termDuration == null ? "P1M" : termDuration);
    return start.atZone(ZoneOffset.UTC).plus(p).toInstant();
  }

  public Instant commitmentEndDate() {
    return termEnd.minus(Duration.ofDays(1));
  }

  public Instant cancellationAllowedUntil() {
    return windowStart.plus(CANCELLATION_WINDOW);
  }

  public boolean isAddOn() {
    return parentSubscriptionId != null;
  }

  public String etag() {
    return "W/\"" + Long.toHexString(id.hashCode() & 0xffffffffL) + "-" + version + "\"";
  }

  /** Seats that may still be removed at {@code now}. */
  public int refundableQuantity(Instant now) {
    int n = 0;
    for (SeatLot l : lots) {
      if (now.isBefore(l.removableUntil)) {
        n += l.quantity;
      }
    }
    return Math.min(n, quantity);
  }

  /** Consumes the newest removable lots first. */
  public void removeSeats(int n, Instant now) {
    int left = n;
    for (int i = lots.size() - 1; i >= 0 && left > 0; i--) {
      SeatLot l = lots.get(i);
      if (now.isBefore(l.removableUntil)) {
        int take = Math.min(l.quantity, left);
        l.quantity -= take;
        left -= take;
      }
    }
    Iterator<SeatLot> it = lots.iterator();
    while (it.hasNext()) {
      if (it.next().quantity == 0) {
        it.remove();
      }
    }
  }

  public void addSeats(int n, Instant now) {
    lots.add(new SeatLot(n, now.plus(SEAT_REDUCTION_WINDOW)));
  }

  public boolean live() {
    return "active".equals(status) || "suspended".equals(status) || "pending".equals(status);
  }

  /** The offer id as bought: the legacy offer GUID, or the new-commerce catalog item id. */
  public String offerId() {
    return legacy ? Catalog.legacyOfferId(item) : item.catalogItemId();
  }

  /**
   * As Partner Center answers it. A legacy subscription carries its legacy offer GUID, the legacy product type
   * {@code OnlineServices} and an {@code /offers} link, and has none of new commerce's cancellation windows.
   */
  public ObjectNode toJson(Instant now, String baseUri) {
    ObjectNode n = Jsons.object();
    n.put("id", id);
    n.put("entitlementId", entitlementId);
    n.put("offerId", offerId());
    n.put("offerName", item.skuTitle());
    n.put("friendlyName", friendlyName == null ? item.skuTitle() : friendlyName);
    ObjectNode pt = n.putObject("productType");
    String type = legacy ? "OnlineServices" : item.productType();
    pt.put("id", type);
    pt.put("displayName", type);
    n.put("quantity", quantity);
    n.put("unitType", item.usageBased() ? "Usage-based" : "Licenses");
    if (parentSubscriptionId != null) {
      n.put("parentSubscriptionId", parentSubscriptionId);
    }
    n.put("orderId", orderId);
    if (partnerId != null) {
      n.put("partnerId", partnerId);
    }
    n.put("creationDate", Jsons.time(creationDate));
    n.put("effectiveStartDate", Jsons.time(termStart));
    n.put("commitmentEndDate", Jsons.time(commitmentEndDate()));
    if (!legacy) {
      n.put("cancellationAllowedUntilDate", Jsons.time(cancellationAllowedUntil()));
    }
    n.put("status", status);
    n.put("autoRenewEnabled", autoRenew);
    n.put("billingType", item.usageBased() ? "usage" : "license");
    n.put("billingCycle", billingCycle);
    n.put("termDuration", termDuration);
    n.put("renewalTermDuration", termDuration);
    n.put("isTrial", false);
    n.put("contractType", "subscription");
    n.put("publisherName", "Microsoft Corporation");
    if (promotionId != null) {
      n.put("promotionId", promotionId);
    }
    ArrayNode reasons = n.putArray("suspensionReasons");
    suspensionReasons.forEach(reasons::add);
    if (!legacy) {
      newCommerceWindows(n, now);
    }
    if (scheduledNextTermInstructions != null) {
      n.set("scheduledNextTermInstructions", scheduledNextTermInstructions);
    }
    ObjectNode links = n.putObject("links");
    String self = "/customers/" + customerId + "/subscriptions/" + id;
    links.set("self", Jsons.link(self));
    links.set("offer", Jsons.link(legacy ? "/offers/" + offerId()
        : "/products/" + item.productId() + "/skus/" + item.skuId()));
    if (orderId != null) {
      links.set("order", Jsons.link("/customers/" + customerId + "/orders/" + orderId));
    }
    ObjectNode attrs = n.putObject("attributes");
    attrs.put("etag", etag());
    attrs.put("objectType", "Subscription");
    return n;
  }

  private void newCommerceWindows(ObjectNode n, Instant now) {
    ArrayNode refunds = n.putArray("refundOptions");
    if (live() && now.isBefore(windowStart.plus(FULL_REFUND_WINDOW))) {
      ObjectNode r = refunds.addObject();
      r.put("type", "Full");
      r.put("expiresAt", Jsons.time(windowStart.plus(FULL_REFUND_WINDOW)));
    }
    if (live() && now.isBefore(cancellationAllowedUntil())) {
      ObjectNode r = refunds.addObject();
      r.put("type", "Partial");
      r.put("expiresAt", Jsons.time(cancellationAllowedUntil()));
    }
    ObjectNode rq = n.putObject("refundableQuantity");
    rq.put("totalQuantity", live() ? refundableQuantity(now) : 0);
    ArrayNode details = rq.putArray("details");
    if (live()) {
      for (SeatLot l : lots) {
        if (now.isBefore(l.removableUntil) && l.quantity > 0) {
          ObjectNode d = details.addObject();
          d.put("quantity", l.quantity);
          d.put("allowedUntilDateTime", Jsons.time(l.removableUntil));
        }
      }
    }
  }
}
