package io.cspsdk.samples.month;

import io.cspsdk.billing.quote.CostSource;
import io.cspsdk.billing.quote.PurchaseQuoteRequest;
import io.cspsdk.billing.quote.Quote;
import io.cspsdk.billing.quote.QuoteAmounts;
import io.cspsdk.billing.quote.QuoteLine;
import io.cspsdk.billing.quote.Quoter;
import io.cspsdk.core.model.Availability;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A quote with cost, sales price and margin from the partner price sheet and the price book; then the purchase. */
final class QuoteAndPurchase {
  static final String PRODUCT = "CFQ7TTC0LCHC";   // Microsoft 365 Business Standard
  static final String SKU = "0002";
  static final int SEATS = 10;

  private final Story story;

  QuoteAndPurchase(Story story) {
    this.story = story;
  }

  /** The quoter over this month's price sheet; absent without app+user credentials. */
  static Optional<Quoter> quoter(Story story) {
    if (!story.env.appPlusUser()) {
      story.console.item("skipped: the partner price sheet needs app+user credentials (CSPSDK_REFRESH_TOKEN)");
      return Optional.empty();
    }
    List<PriceSheetEntry> rows;
    try (Stream<PriceSheetEntry> sheet = story.pc().priceSheets().licenseBased("US").stream()) {
      rows = sheet.toList();
    }
    story.console.item("price sheet (US, licence-based, this month): " + rows.size() + " rows; "
        + PriceBook.describe());
    return Optional.of(Quoter.builder().pricing(PriceBook.tier(Story.Cast.of(story.cast.contosoId)))
        .costs(CostSource.priceSheet(rows)).build());
  }

  void run() {
    Console c = story.console;
    String customer = Story.Cast.of(story.cast.newTenantId).orElse("prospect");
    c.say("A quote for " + Story.Cast.of(story.cast.newTenantName).orElse("a prospect") + ": " + SEATS
        + " seats of Microsoft 365 Business Standard, one year, billed monthly.");
    Optional<Quoter> quoter = quoter(story);
    if (quoter.isEmpty()) {
      return;
    }
    story.quoter = quoter.get();
    CatalogItemId item = catalogItem(PRODUCT, SKU);
    Quote q = story.quoter.quote(PurchaseQuoteRequest.builder().customerId(customer).productId(item.productId())
        .skuId(item.skuId()).availabilityId(item.availabilityId()).termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY).quantity(SEATS).purchasedAt(story.clock().instant()).build());
    printQuote(c, q);
    if (story.cast.newTenantId == null) {
      c.item("skipped: the purchase (no new tenant was created)");
      return;
    }
    if (!story.mayWrite("the purchase")) {
      return;
    }
    Cart cart = story.pc().carts(customer).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId(item.toString()).quantity(SEATS).termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY).build()).build());
    CartCheckoutResult result = story.pc().carts(customer).checkout(cart.id());
    Order order = result.orders().get(0);
    String subscription = order.lineItems().get(0).subscriptionId().orElseThrow();
    story.cast.purchasedSubscriptionId = subscription;
    c.item("bought: cart " + shortId(cart.id()) + " checked out, order " + shortId(order.id()) + ", subscription " + shortId(subscription) + " (" + SEATS + " seats, active)");
  }

  static void printQuote(Console c, Quote q) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(amounts("per month", q.perPeriod()));
    rows.add(amounts("first invoice", q.firstCharge()));
    rows.add(amounts("whole term", q.term()));
    c.table("    ", List.of("", "cost", "sales price", "margin", "margin %"), rows, false, true, true, true, true);
    for (QuoteLine l : q.firstChargeLines()) {
      c.detail("first invoice line: " + l.chargeType() + " " + l.chargeStartDate() + ".." + l.chargeEndDate()
          + " x" + l.quantity());
    }
  }

  private static List<String> amounts(String what, QuoteAmounts a) {
    return List.of(what, a.cost().amount().toPlainString(), a.price().amount().toPlainString(),
        a.margin().amount().toPlainString(), a.marginPercent().toPlainString() + " %");
  }

  /** The purchasable catalog item (product:sku:availability) in the US. */
  CatalogItemId catalogItem(String product, String sku) {
    for (Availability a : story.pc().catalog().availabilities(product, sku, "US")) {
      if (a.catalogItemId().isPresent()) {
        return CatalogItemId.parse(a.catalogItemId().get());
      }
    }
    throw new IllegalStateException("no availability of " + product + ":" + sku + " in the US");
  }

  static String shortId(String id) {
    return id.length() > 8 ? id.substring(0, 8) : id;
  }
}
