package io.cspsdk.sync.approvals.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.billing.quote.Quote;
import io.cspsdk.billing.quote.QuoteAmounts;
import io.cspsdk.billing.quote.QuoteKind;
import io.cspsdk.billing.quote.QuoteLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.sync.approvals.Decision;
import io.cspsdk.sync.approvals.PurchaseRequest;
import io.cspsdk.sync.approvals.RequestKind;
import io.cspsdk.sync.approvals.RequestState;
import io.cspsdk.sync.approvals.Requester;
import io.cspsdk.sync.approvals.TrackedRequest;
import io.cspsdk.sync.store.StoreException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A {@link TrackedRequest} as a JSON document (format 1), decimals as strings so that no digit is lost. */
public final class RequestJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORMAT = 1;

  private RequestJson() {}

  public static String write(TrackedRequest t) {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", FORMAT);
    n.put("id", t.id());
    n.put("state", t.state().name());
    n.put("version", t.version());
    n.put("submittedAt", t.submittedAt().toString());
    n.put("updatedAt", t.updatedAt().toString());
    t.holdReason().ifPresent(v -> n.put("holdReason", v));
    t.quote().ifPresent(q -> n.set("quote", quote(q)));
    ArrayNode decisions = n.putArray("decisions");
    for (Decision d : t.decisions()) {
      ObjectNode dn = decisions.addObject();
      dn.put("decidedBy", d.decidedBy());
      dn.put("decidedAt", d.decidedAt().toString());
      dn.put("approved", d.approved());
      d.reason().ifPresent(v -> dn.put("reason", v));
    }
    t.cartId().ifPresent(v -> n.put("cartId", v));
    ArrayNode orders = n.putArray("orderIds");
    t.orderIds().forEach(orders::add);
    t.failure().ifPresent(v -> n.put("failure", v));
    n.set("request", request(t.request()));
    return n.toString();
  }

  public static TrackedRequest read(String text, String location) {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StoreException(location + ": not a stored request (" + e.getOriginalMessage() + ")", e);
    }
    if (n.path("format").asInt() != FORMAT) {
      throw new StoreException(location + ": unsupported request format " + n.path("format"), null);
    }
    TrackedRequest.Builder b = TrackedRequest.builder()
        .id(n.path("id").asText())
        .state(RequestState.valueOf(n.path("state").asText()))
        .version(n.path("version").asLong())
        .submittedAt(Instant.parse(n.path("submittedAt").asText()))
        .updatedAt(Instant.parse(n.path("updatedAt").asText()))
        .holdReason(text(n, "holdReason"))
        .cartId(text(n, "cartId"))
        .failure(text(n, "failure"))
        .request(request(n.path("request")));
    if (n.hasNonNull("quote")) {
      b.quote(quote(n.path("quote")));
    }
    for (JsonNode d : n.path("decisions")) {
      b.addDecisions(new Decision(d.path("decidedBy").asText(), Instant.parse(d.path("decidedAt").asText()),
          d.path("approved").asBoolean(), text(d, "reason")));
    }
    n.path("orderIds").forEach(o -> b.addOrderIds(o.asText()));
    return b.build();
  }

  private static ObjectNode request(PurchaseRequest r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("idempotencyKey", r.idempotencyKey());
    n.put("kind", r.kind().name());
    n.put("customerId", r.customerId());
    n.put("requesterId", r.requester().id());
    n.put("selfService", r.requester().selfService());
    put(n, "catalogItemId", r.catalogItemId());
    put(n, "parentSubscriptionId", r.parentSubscriptionId());
    put(n, "subscriptionId", r.subscriptionId());
    r.quantity().ifPresent(q -> n.put("quantity", q));
    r.termDuration().ifPresent(v -> n.put("termDuration", v.value()));
    r.billingCycle().ifPresent(v -> n.put("billingCycle", v.value()));
    r.quote().ifPresent(q -> n.set("quote", quote(q)));
    return n;
  }

  private static PurchaseRequest request(JsonNode n) {
    PurchaseRequest.Builder b = PurchaseRequest.builder()
        .idempotencyKey(n.path("idempotencyKey").asText())
        .kind(RequestKind.valueOf(n.path("kind").asText()))
        .customerId(n.path("customerId").asText())
        .requester(new Requester(n.path("requesterId").asText(), n.path("selfService").asBoolean()))
        .catalogItemId(text(n, "catalogItemId"))
        .parentSubscriptionId(text(n, "parentSubscriptionId"))
        .subscriptionId(text(n, "subscriptionId"))
        .termDuration(text(n, "termDuration").map(TermDuration::of))
        .billingCycle(text(n, "billingCycle").map(BillingCycle::of));
    if (n.hasNonNull("quantity")) {
      b.quantity(n.path("quantity").asInt());
    }
    if (n.hasNonNull("quote")) {
      b.quote(quote(n.path("quote")));
    }
    return b.build();
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode n = JSON.createObjectNode();
    n.put("kind", q.kind().name());
    n.put("customerId", q.customerId());
    put(n, "subscriptionId", q.subscriptionId());
    n.put("productId", q.productId());
    n.put("skuId", q.skuId());
    put(n, "availabilityId", q.availabilityId());
    put(n, "category", q.category());
    n.put("termDuration", q.termDuration().value());
    n.put("billingCycle", q.billingCycle().value());
    n.put("quantity", q.quantity());
    q.previousQuantity().ifPresent(v -> n.put("previousQuantity", v));
    n.put("effectiveAt", q.effectiveAt().toString());
    n.put("termEndDate", q.termEndDate().toString());
    n.put("currency", q.currency());
    n.put("unitCost", q.unitCost().toPlainString());
    n.put("unitPrice", q.unitPrice().toPlainString());
    n.set("perPeriod", amounts(q.perPeriod()));
    n.set("firstCharge", amounts(q.firstCharge()));
    n.set("term", amounts(q.term()));
    ArrayNode lines = n.putArray("firstChargeLines");
    for (QuoteLine l : q.firstChargeLines()) {
      ObjectNode ln = lines.addObject();
      ln.put("chargeType", l.chargeType().value());
      ln.put("chargeStartDate", l.chargeStartDate().toString());
      ln.put("chargeEndDate", l.chargeEndDate().toString());
      ln.put("quantity", l.quantity());
      ln.set("amounts", amounts(l.amounts()));
    }
    return n;
  }

  private static Quote quote(JsonNode n) {
    String currency = n.path("currency").asText();
    Quote.Builder b = Quote.builder()
        .kind(QuoteKind.valueOf(n.path("kind").asText()))
        .customerId(n.path("customerId").asText())
        .subscriptionId(text(n, "subscriptionId"))
        .productId(n.path("productId").asText())
        .skuId(n.path("skuId").asText())
        .availabilityId(text(n, "availabilityId"))
        .category(text(n, "category"))
        .termDuration(TermDuration.of(n.path("termDuration").asText()))
        .billingCycle(BillingCycle.of(n.path("billingCycle").asText()))
        .quantity(n.path("quantity").asInt())
        .effectiveAt(Instant.parse(n.path("effectiveAt").asText()))
        .termEndDate(LocalDate.parse(n.path("termEndDate").asText()))
        .currency(currency)
        .unitCost(new BigDecimal(n.path("unitCost").asText()))
        .unitPrice(new BigDecimal(n.path("unitPrice").asText()))
        .perPeriod(amounts(n.path("perPeriod"), currency))
        .firstCharge(amounts(n.path("firstCharge"), currency))
        .term(amounts(n.path("term"), currency));
    if (n.hasNonNull("previousQuantity")) {
      b.previousQuantity(n.path("previousQuantity").asInt());
    }
    for (JsonNode l : n.path("firstChargeLines")) {
      b.addFirstChargeLines(new QuoteLine(ChargeType.of(l.path("chargeType").asText()),
          LocalDate.parse(l.path("chargeStartDate").asText()), LocalDate.parse(l.path("chargeEndDate").asText()),
          l.path("quantity").asInt(), amounts(l.path("amounts"), currency)));
    }
    return b.build();
  }

  private static ObjectNode amounts(QuoteAmounts a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("cost", a.cost().amount().toPlainString());
    n.put("price", a.price().amount().toPlainString());
    return n;
  }

  private static QuoteAmounts amounts(JsonNode n, String currency) {
    return new QuoteAmounts(Money.of(new BigDecimal(n.path("cost").asText()), currency),
        Money.of(new BigDecimal(n.path("price").asText()), currency));
  }

  private static void put(ObjectNode n, String field, Optional<String> value) {
    value.ifPresent(v -> n.put(field, v));
  }

  private static Optional<String> text(JsonNode n, String field) {
    return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }
}
