package io.cspsdk.samples.month;

import io.cspsdk.billing.quote.PurchaseQuoteRequest;
import io.cspsdk.billing.quote.Quote;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.sync.approvals.ApprovalPolicy;
import io.cspsdk.sync.approvals.JdbcPurchaseRequestStore;
import io.cspsdk.sync.approvals.PurchaseApprovals;
import io.cspsdk.sync.approvals.PurchaseRequest;
import io.cspsdk.sync.approvals.RequestKind;
import io.cspsdk.sync.approvals.Requester;
import io.cspsdk.sync.approvals.Requoter;
import io.cspsdk.sync.approvals.TrackedRequest;
import java.math.BigDecimal;
import java.time.Duration;

/** A customer orders in the reseller's shop; the order waits for the reseller's approval, then is carried out. */
final class SelfServiceOrder {
  static final String PRODUCT = "CFQ7TTC0LHSF";   // Exchange Online (Plan 1)
  static final String SKU = "0001";
  static final int SEATS = 5;

  private final Story story;

  SelfServiceOrder(Story story) {
    this.story = story;
  }

  void run() {
    Console c = story.console;
    c.say("Megan, at " + NewTenant.NAME + ", orders " + SEATS + " seats of Exchange Online (Plan 1) in the "
        + "reseller's shop; self-service orders wait for approval.");
    if (story.cast.newTenantId == null || story.quoter == null) {
      c.item("skipped: needs the new tenant and the quote of the previous steps");
      return;
    }
    if (!story.mayWrite("the self-service order")) {
      return;
    }
    String customer = story.cast.newTenantId;
    JdbcPurchaseRequestStore.SCHEMA.apply(story.db);
    PurchaseApprovals approvals = PurchaseApprovals.builder(story.pc(), new JdbcPurchaseRequestStore(story.db))
        .policy(ApprovalPolicy.anyOf(ApprovalPolicy.holdSelfService(),
            ApprovalPolicy.holdBelowMargin(new BigDecimal("10"))))
        .requoter(Requoter.with(() -> story.quoter, id -> {
          throw new IllegalStateException("no seat changes here: " + id);
        }))
        .clock(story.clock())
        .listener(change -> c.detail("request " + change.from().map(Enum::name).orElse("new") + " -> "
            + change.to()))
        .build();
    CatalogItemId item = new QuoteAndPurchase(story).catalogItem(PRODUCT, SKU);
    Quote shown = story.quoter.quote(PurchaseQuoteRequest.builder().customerId(customer)
        .productId(item.productId()).skuId(item.skuId()).availabilityId(item.availabilityId())
        .termDuration(TermDuration.P1Y).billingCycle(BillingCycle.MONTHLY).quantity(SEATS)
        .purchasedAt(story.clock().instant()).build());
    c.item("the shop shows Megan " + shown.forCustomer().perPeriod().amount().toPlainString() + " "
        + shown.currency() + " a month (her view of the quote has no cost and no margin)");
    TrackedRequest held = approvals.submit(PurchaseRequest.builder()
        .idempotencyKey("shop-order-1001").kind(RequestKind.NEW_SUBSCRIPTION).customerId(customer)
        .requester(Requester.customer("megan@wingtiptoys.example"))
        .catalogItemId(item.toString()).quantity(SEATS).termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY).quote(shown).build());
    c.item("held: " + held.state() + ", " + held.holdReason().orElse("?"));
    if (story.env.isFake()) {
      story.env.advanceTo(story.clock().instant().plus(Duration.ofHours(4)));
    }
    TrackedRequest done = approvals.approve(held.id(), "anna@reseller.example");
    String order = done.orderIds().get(0);
    for (Subscription s : story.pc().subscriptions(customer).listByOrder(order)) {
      story.cast.selfServiceSubscriptionId = s.id();
    }
    c.item("approved by anna@reseller.example four hours later: " + done.state() + ", order "
        + QuoteAndPurchase.shortId(order) + ", subscription "
        + QuoteAndPurchase.shortId(Story.Cast.of(story.cast.selfServiceSubscriptionId).orElse("?")));
  }
}
