package io.cspsdk.testkit.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.testkit.internal.state.CustomerRec;
import io.cspsdk.testkit.internal.state.FakeState;
import io.cspsdk.testkit.internal.state.Jsons;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Renders a charge line as Partner Center's v1 new-commerce reconciliation line item (numbers as strings). */
final class LineItems {
  private LineItems() {}

  static ObjectNode of(FakeState state, CustomerRec c, SubscriptionRec s, ChargeLine l, String invoiceNumber) {
    ObjectNode n = Jsons.object();
    n.put("partnerId", state.partnerId);
    n.put("customerId", c.id);
    n.put("customerName", c.companyName());
    n.put("customerDomainName", c.domain());
    n.put("customerCountry", c.country());
    n.put("invoiceNumber", invoiceNumber == null ? "" : invoiceNumber);
    n.put("mpnId", state.mpnId);
    n.put("resellerMpnId", s.partnerId == null ? "" : s.partnerId);
    n.put("orderId", s.orderId);
    n.put("orderDate", Jsons.time(s.creationDate));
    n.put("productId", s.item.productId());
    n.put("skuId", s.item.skuId());
    n.put("availabilityId", s.item.availabilityId());
    n.put("productName", s.item.productTitle());
    n.put("skuName", s.item.skuTitle());
    n.put("chargeType", l.chargeType().value());
    n.put("unitPrice", l.unitPrice().toPlainString());
    n.put("effectiveUnitPrice", l.effectiveUnitPrice().toPlainString());
    n.put("unitType", "Licenses");
    n.put("quantity", Integer.toString(l.quantity()));
    n.put("billableQuantity", Integer.toString(l.quantity()));
    n.put("subtotal", l.amount().toPlainString());
    n.put("taxTotal", "0");
    n.put("totalForCustomer", l.amount().toPlainString());
    n.put("currency", l.currency());
    n.put("pricingCurrency", l.currency());
    n.put("pcToBCExchangeRate", "1");
    n.put("pcToBCExchangeRateDate", date(l.chargeStartDate()));
    n.put("subscriptionId", s.id);
    n.put("subscriptionDescription", s.friendlyName == null ? s.item.skuTitle() : s.friendlyName);
    n.put("subscriptionStartDate", Jsons.time(s.termStart));
    n.put("subscriptionEndDate", Jsons.time(s.commitmentEndDate()));
    n.put("chargeStartDate", date(l.chargeStartDate()));
    n.put("chargeEndDate", date(l.chargeEndDate()));
    n.put("termAndBillingCycle", term(l.termDuration().value(), l.billingCycle().value()));
    n.put("billingFrequency", l.billingCycle().value().equalsIgnoreCase("monthly") ? "Monthly" : "Annual");
    n.put("referenceId", l.referenceId());
    n.put("alternateId", s.orderId == null ? "" : s.orderId.substring(0, Math.min(12, s.orderId.length())));
    n.put("priceAdjustmentDescription", "");
    n.put("creditReasonCode", "");
    n.put("promotionId", s.promotionId == null ? "" : s.promotionId);
    n.put("meterDescription", "");
    n.put("invoiceLineItemType", "billing_line_items");
    n.put("billingProvider", "one_time");
    return Jsons.attributes(n, "OneTimeInvoiceLineItem");
  }

  private static String date(LocalDate d) {
    return Jsons.time(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static String term(String duration, String cycle) {
    String t = switch (duration.toUpperCase(java.util.Locale.ROOT)) {
      case "P1M" -> "One-Month commitment";
      case "P3Y" -> "Three-Year commitment";
      default -> "One-Year commitment";
    };
    return t + " for " + (cycle.equalsIgnoreCase("monthly") ? "monthly" : "yearly") + " billing";
  }
}
