package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.NextTermProduct;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.core.model.ScheduledNextTermInstructions;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.model.Transition;
import io.cspsdk.core.model.TransitionType;
import io.cspsdk.core.subscriptions.EligibilityType;
import io.cspsdk.core.subscriptions.Subscriptions;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CommerceClientTest extends ClientFixture {
  static final String BASIC_ITEM = "CFQ7TTC0LH18:0001:CFQ7TTC0KCWD";
  static final String DEFENDER_ITEM = "CFQ7TTC0LHWP:0001:CFQ7TTC0KD0S";
  static final String STANDARD_ITEM = "CFQ7TTC0LCHC:0002:CFQ7TTC0KDLV";

  private static <T> List<T> all(Iterable<T> it) {
    return StreamSupport.stream(it.spliterator(), false).toList();
  }

  private static String code(Throwable t) {
    return ((PartnerCenterServiceException) t).errorCode().orElse(null);
  }

  private Subscription buy(String customerId, String item, int quantity) {
    Cart cart = pc.carts(customerId).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId(item).quantity(quantity).billingCycle(BillingCycle.of("monthly"))
        .termDuration(TermDuration.of("P1Y")).build()).build());
    CartCheckoutResult r = pc.carts(customerId).checkout(cart.id());
    String subId = r.orders().get(0).lineItems().get(0).subscriptionId().orElseThrow();
    return pc.subscriptions(customerId).get(subId);
  }

  @Test
  void cartCheckout_createsOrderAndSubscriptions() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Cart cart = pc.carts(c).create(NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId(BASIC_ITEM)
        .quantity(5).billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y"))
        .addAddOnItems(CartLineItem.builder().catalogItemId(DEFENDER_ITEM).quantity(5)
            .billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y")).build())
        .build()).build());
    assertThat(pc.carts(c).get(cart.id()).lineItems()).hasSize(1);
    CartCheckoutResult result = pc.carts(c).checkout(cart.id());
    assertThat(result.orderErrors()).isEmpty();
    Order order = result.orders().get(0);
    assertThat(order.lineItems()).hasSize(2);
    Subscriptions subs = pc.subscriptions(c);
    assertThat(all(subs.list())).hasSize(2);
    assertThat(all(subs.listByOrder(order.id()))).hasSize(2);
    String baseId = order.lineItems().get(0).subscriptionId().orElseThrow();
    List<Subscription> addOns = all(subs.addOns(baseId));
    assertThat(addOns).hasSize(1);
    Subscription base = subs.get(baseId);
    assertThat(addOns.get(0).commitmentEndDate()).isEqualTo(base.commitmentEndDate());
    assertThat(addOns.get(0).parentSubscriptionId()).contains(baseId);
    assertThat(all(pc.orders(c).list())).hasSize(1);
    assertThat(pc.orders(c).get(order.id()).lineItems()).hasSize(2);
    assertThat(pc.orders(c).provisioningStatus(order.id())).hasSize(2);
    assertThatThrownBy(() -> pc.carts(c).checkout(cart.id()))
        .isInstanceOf(PartnerCenterServiceException.class);
  }

  @Test
  void cart_unknownCatalogItem_fails800004() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    assertThatThrownBy(() -> pc.carts(c).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId("NOPE0000:0001:NOPE").quantity(1).billingCycle(BillingCycle.of("monthly"))
        .termDuration(TermDuration.of("P1Y")).build()).build()))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(code(e)).isEqualTo("800004"));
  }

  @Test
  void addOn_onIncompatibleBase_fails800004() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    assertThatThrownBy(() -> pc.carts(c).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId("CFQ7TTC0LFLZ:0002:CFQ7TTC0KDJW").quantity(1).billingCycle(BillingCycle.of("monthly"))
        .termDuration(TermDuration.of("P1Y")).addAddOnItems(CartLineItem.builder().catalogItemId(DEFENDER_ITEM)
            .quantity(1).build()).build()).build()))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(code(e)).isEqualTo("800004"));
  }

  @Test
  void addOnToExistingBase_isCoterminous_andAMismatchedEndDateFails() {
    var seeder = fake.seed().customer("Contoso").subscription(BASIC, 5).startedDaysAgo(40);
    String c = seeder.lastCustomerId();
    String base = seeder.lastSubscriptionId();
    var baseEnd = pc.subscriptions(c).get(base).commitmentEndDate().orElseThrow();
    NewCart wrong = NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId(DEFENDER_ITEM).quantity(2)
        .billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y"))
        .putProvisioningContext("parentSubscriptionId", base)
        .customTermEndDate(baseEnd.plusMonths(1)).build()).build();
    assertThatThrownBy(() -> pc.carts(c).create(wrong)).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("coterminous");
    NewCart right = NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId(DEFENDER_ITEM).quantity(2)
        .billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y"))
        .putProvisioningContext("parentSubscriptionId", base).build()).build();
    String cartId = pc.carts(c).create(right).id();
    String addOnId = pc.carts(c).checkout(cartId).orders().get(0).lineItems().get(0).subscriptionId().orElseThrow();
    Subscription addOn = pc.subscriptions(c).get(addOnId);
    assertThat(addOn.parentSubscriptionId()).contains(base);
    assertThat(addOn.commitmentEndDate()).contains(baseEnd);
  }

  @Test
  void legacyOrder_create_buysSubscription() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Order o = pc.orders(c).create(NewOrder.builder().referenceCustomerId(c).billingCycle(BillingCycle.of("monthly"))
        .addLineItems(OrderLineItem.builder().lineItemNumber(0).offerId(BASIC_ITEM).quantity(3).build()).build());
    assertThat(o.lineItems().get(0).subscriptionId()).isPresent();
    assertThat(pc.subscriptions(c).get(o.lineItems().get(0).subscriptionId().orElseThrow()).quantity()).isEqualTo(3);
  }

  @Test
  void seatDecrease_withinSevenDays_succeedsAfterwardFails800090() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 10);
    assertThat(s.refundableQuantity().orElseThrow().totalQuantity()).contains(10);
    assertThat(pc.subscriptions(c).changeQuantity(s.id(), 8).quantity()).isEqualTo(8);
    clock.advance(Duration.ofDays(8));
    assertThatThrownBy(() -> pc.subscriptions(c).changeQuantity(s.id(), 7))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(code(e)).isEqualTo("800090"));
    // seats added now can be removed again within their own 7 days, the older ones cannot
    assertThat(pc.subscriptions(c).changeQuantity(s.id(), 12).quantity()).isEqualTo(12);
    clock.advance(Duration.ofDays(3));
    assertThat(pc.subscriptions(c).changeQuantity(s.id(), 8).quantity()).isEqualTo(8);
    assertThatThrownBy(() -> pc.subscriptions(c).changeQuantity(s.id(), 7))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void cancel_withinSevenDays_succeedsWithRefundOptions() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 2);
    assertThat(s.refundOptions()).extracting(r -> r.type().orElseThrow()).contains("Full", "Partial");
    clock.advance(Duration.ofDays(2));
    Subscription fresh = pc.subscriptions(c).get(s.id());
    assertThat(fresh.refundOptions()).extracting(r -> r.type().orElseThrow()).containsExactly("Partial");
    Subscription cancelled = pc.subscriptions(c).cancel(s.id());
    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.DELETED);
  }

  @Test
  void cancel_afterSevenDays_fails900117() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 2);
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    assertThatThrownBy(() -> pc.subscriptions(c).cancel(s.id()))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(code(e)).isEqualTo("900117"));
    assertThat(pc.subscriptions(c).get(s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void suspended_cannotChangeQuantity_800091_untilReactivated() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 4);
    assertThat(pc.subscriptions(c).suspend(s.id()).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThatThrownBy(() -> pc.subscriptions(c).changeQuantity(s.id(), 6))
        .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(code(e)).isEqualTo("800091"));
    assertThat(pc.subscriptions(c).reactivate(s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(pc.subscriptions(c).changeQuantity(s.id(), 6).quantity()).isEqualTo(6);
  }

  @Test
  void patch_withStaleEtag_fails412() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 4);
    String stale = s.attributes().orElseThrow().etag().orElseThrow();
    pc.subscriptions(c).setFriendlyName(s.id(), "Sales team");
    assertThatThrownBy(() -> pc.subscriptions(c).changeQuantity(s.id(), 5,
        RequestOptions.builder().ifMatch(stale).build())).isInstanceOf(PreconditionFailedException.class);
    assertThat(pc.subscriptions(c).get(s.id()).friendlyName()).contains("Sales team");
  }

  @Test
  void cancelBase_cancelsItsAddOns() {
    var seeder = fake.seed().customer("Contoso").subscription(BASIC, 5).addOn(DEFENDER, 5);
    String c = seeder.lastCustomerId();
    String base = seeder.subscriptionIds().get(0);
    Subscription b = all(pc.subscriptions(c).list()).stream().filter(x -> x.parentSubscriptionId().isEmpty())
        .findFirst().orElseThrow();
    pc.subscriptions(c).cancel(b.id());
    assertThat(all(pc.subscriptions(c).addOns(b.id()))).allSatisfy(a ->
        assertThat(a.status()).isEqualTo(SubscriptionStatus.DELETED));
    assertThat(b.id()).isEqualTo(base);
  }

  @Test
  void upgrade_transitionMovesSeatsToTarget() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 10);
    var eligible = all(pc.subscriptions(c).transitionEligibilities(s.id(), EligibilityType.IMMEDIATE));
    assertThat(eligible).extracting(e -> e.catalogItemId().orElseThrow()).contains(STANDARD_ITEM);
    Transition t = pc.subscriptions(c).transition(s.id(), Transition.builder().toCatalogItemId(STANDARD_ITEM)
        .quantity(4).transitionType(TransitionType.TRANSITION_WITH_LICENSE_TRANSFER).build());
    String target = t.toSubscriptionId().orElseThrow();
    assertThat(pc.subscriptions(c).get(target).quantity()).isEqualTo(4);
    assertThat(pc.subscriptions(c).get(s.id()).quantity()).isEqualTo(6);
    assertThat(all(pc.subscriptions(c).transitions(s.id()))).hasSize(1);
    assertThatThrownBy(() -> pc.subscriptions(c).transition(s.id(), Transition.builder()
        .toCatalogItemId("CFQ7TTC0LFLZ:0002:CFQ7TTC0KDJW").quantity(1).build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void termEnd_autoRenewRenewsWithScheduledChange_othersExpire() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription renewing = buy(c, BASIC_ITEM, 10);
    Subscription expiring = buy(c, STANDARD_ITEM, 3);
    pc.subscriptions(c).setAutoRenew(expiring.id(), false);
    pc.subscriptions(c).scheduleNextTerm(renewing.id(), ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("CFQ7TTC0LH18").skuId("0001").availabilityId("CFQ7TTC0KCWD")
            .billingCycle("monthly").termDuration("P1Y").build())
        .quantity(7).build());
    var end = renewing.commitmentEndDate().orElseThrow();
    clock.advance(Duration.ofDays(366));
    Subscription renewed = pc.subscriptions(c).get(renewing.id());
    assertThat(renewed.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(renewed.quantity()).isEqualTo(7);
    assertThat(renewed.commitmentEndDate().orElseThrow()).isAfter(end);
    assertThat(renewed.scheduledNextTermInstructions()).isEmpty();
    assertThat(pc.subscriptions(c).get(expiring.id()).status()).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(fake.billingProblems()).isEmpty();
    // a renewal opens a new seat-reduction window
    assertThat(pc.subscriptions(c).changeQuantity(renewing.id(), 5).quantity()).isEqualTo(5);
  }

  @Test
  void scheduleNextTerm_withoutAutoRenew_fails() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 2);
    pc.subscriptions(c).setAutoRenew(s.id(), false);
    // the client refuses this itself, so send the whole subscription through the raw API to test the fake's rule
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> body =
        client.raw().get("/customers/" + c + "/subscriptions/" + s.id(), java.util.Map.class);
    body.put("scheduledNextTermInstructions", java.util.Map.of("product", java.util.Map.of("productId",
        "CFQ7TTC0LH18", "skuId", "0001", "availabilityId", "CFQ7TTC0KCWD", "termDuration", "P1Y",
        "billingCycle", "monthly"), "quantity", 3));
    assertThatThrownBy(() -> client.raw().patch("/customers/" + c + "/subscriptions/" + s.id(), body,
        java.util.Map.class)).isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(code(e)).isEqualTo("800002"));
  }
}
