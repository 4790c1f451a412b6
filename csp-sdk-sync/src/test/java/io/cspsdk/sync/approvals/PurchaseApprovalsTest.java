package io.cspsdk.sync.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import io.cspsdk.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FakePartnerCenterTest
class PurchaseApprovalsTest {
  private static final Requester ANNA = Requester.resellerUser("anna@reseller.example");
  private static final Requester SELF = Requester.customer("bob@contoso.example");

  private final PartnerCenterClient pc;
  private final FakePartnerCenter fake;
  private final FakeClock clock;
  private final List<String> changes = new ArrayList<>();
  private Shop shop;
  private String customer;
  private io.cspsdk.testkit.Seeder seeder;

  PurchaseApprovalsTest(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    this.pc = pc;
    this.fake = fake;
    this.clock = clock;
  }

  @BeforeEach
  void seed() {
    shop = new Shop(clock);
    seeder = fake.seed().customer("Contoso").agreementAccepted();
    customer = seeder.lastCustomerId();
  }

  private PurchaseApprovals approvals(ApprovalPolicy policy) {
    return PurchaseApprovals.builder(pc, new InMemoryPurchaseRequestStore()).policy(policy).clock(clock)
        .requoter(shop.requoter())
        .listener(c -> changes.add(c.from().map(Enum::name).orElse("-") + ">" + c.to()))
        .build();
  }

  private long posts(String suffix) {
    return fake.requests().stream().filter(r -> r.method().equals("POST") && r.path().endsWith(suffix)).count();
  }

  private List<Subscription> subscriptions() {
    List<Subscription> out = new ArrayList<>();
    pc.subscriptions(customer).list().forEach(out::add);
    return out;
  }

  private int orders() {
    int n = 0;
    for (var ignored : pc.orders(customer).list()) {
      n++;
    }
    return n;
  }

  @Test
  void submit_autoApprove_checksOutAtOnceAndNotifiesEachState() {
    TrackedRequest done = approvals(ApprovalPolicy.autoApprove())
        .submit(shop.purchase("k1", customer, ANNA, Shop.STANDARD, 10).build());

    assertThat(done.state()).isEqualTo(RequestState.COMPLETED);
    assertThat(done.orderIds()).hasSize(1);
    assertThat(done.lastDecision()).hasValueSatisfying(d -> assertThat(d.decidedBy()).isEqualTo("policy"));
    assertThat(subscriptions()).singleElement().satisfies(s -> assertThat(s.quantity()).isEqualTo(10));
    assertThat(changes).containsExactly("->APPROVED", "APPROVED>EXECUTING", "EXECUTING>COMPLETED");
  }

  @Test
  void submit_sameIdempotencyKeyTwice_isOneRequestAndOneOrder() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.autoApprove());
    TrackedRequest first = approvals.submit(shop.purchase("same", customer, ANNA, Shop.STANDARD, 10).build());
    TrackedRequest second = approvals.submit(shop.purchase("same", customer, ANNA, Shop.STANDARD, 10).build());

    assertThat(second).isEqualTo(first);
    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void holdSelfService_customerOrderWaitsUntilApproved_resellerOrderDoesNot() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdSelfService());

    TrackedRequest held = approvals.submit(shop.purchase("self", customer, SELF, Shop.STANDARD, 10).build());
    assertThat(held.state()).isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(held.holdReason()).hasValueSatisfying(r -> assertThat(r).contains("self-service"));
    assertThat(approvals.pending()).extracting(TrackedRequest::id).containsExactly(held.id());
    assertThat(posts("/carts")).isZero();

    clock.advance(Duration.ofHours(3));
    TrackedRequest done = approvals.approve(held.id(), "anna@reseller.example");
    assertThat(done.state()).isEqualTo(RequestState.COMPLETED);
    assertThat(done.decisions()).singleElement().satisfies(d -> {
      assertThat(d.decidedBy()).isEqualTo("anna@reseller.example");
      assertThat(d.decidedAt()).isEqualTo(clock.instant());
      assertThat(d.approved()).isTrue();
    });
    assertThat(orders()).isEqualTo(1);

    assertThat(approvals.submit(shop.purchase("reseller", customer, ANNA, Shop.BASIC, 2).build()).state())
        .isEqualTo(RequestState.COMPLETED);
    assertThat(changes).startsWith("->PENDING_APPROVAL", "PENDING_APPROVAL>APPROVED", "APPROVED>EXECUTING",
        "EXECUTING>COMPLETED");
  }

  @Test
  void holdAbove_termPriceOverTheLimitIsHeld_belowIsNot() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAbove(Money.of("1000.00", "USD")));

    TrackedRequest big = approvals.submit(shop.purchase("big", customer, ANNA, Shop.STANDARD, 10).build());
    TrackedRequest small = approvals.submit(shop.purchase("small", customer, ANNA, Shop.STANDARD, 5).build());

    assertThat(big.state()).isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(big.holdReason()).contains("term price 1800.00 USD is above 1000.00 USD");
    assertThat(small.state()).isEqualTo(RequestState.COMPLETED);
  }

  @Test
  void holdBelowMargin_thinMarginIsHeld_customerPriceWithEnoughMarginIsNot() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdBelowMargin(new BigDecimal("20")));

    TrackedRequest thin = approvals.submit(shop.purchase("thin", customer, ANNA, Shop.STANDARD, 10).build());
    shop.customerPrice(customer, "200.00");
    TrackedRequest fat = approvals.submit(shop.purchase("fat", customer, ANNA, Shop.STANDARD, 10).build());

    assertThat(thin.state()).isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(thin.holdReason()).contains("margin 16.67 % is below 20 %");
    assertThat(fat.quote().orElseThrow().term().marginPercent()).isEqualByComparingTo("25.00");
    assertThat(fat.state()).isEqualTo(RequestState.COMPLETED);
  }

  @Test
  void holdProducts_listedProductIsHeld_otherIsNot() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdProducts(Set.of("cfq7ttc0lchc")));

    assertThat(approvals.submit(shop.purchase("std", customer, ANNA, Shop.STANDARD, 1).build()).state())
        .isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(approvals.submit(shop.purchase("basic", customer, ANNA, Shop.BASIC, 1).build()).state())
        .isEqualTo(RequestState.COMPLETED);
  }

  @Test
  void anyOf_firstHoldingPolicyGivesTheReason() {
    ApprovalPolicy policy = ApprovalPolicy.anyOf(ApprovalPolicy.holdSelfService(),
        ApprovalPolicy.holdAbove(Money.of("100.00", "USD")));

    assertThat(policy.holdReason(shop.purchase("a", customer, SELF, Shop.STANDARD, 10).build()))
        .hasValueSatisfying(r -> assertThat(r).contains("self-service"));
    assertThat(policy.holdReason(shop.purchase("b", customer, ANNA, Shop.STANDARD, 10).build()))
        .hasValueSatisfying(r -> assertThat(r).contains("above"));
    assertThat(ApprovalPolicy.holdAbove(Money.of("100.00", "USD")).holdReason(
        shop.purchase("c", customer, ANNA, Shop.STANDARD, 10).quote(java.util.Optional.empty()).build()))
        .contains("no quote to check");
  }

  @Test
  void reject_heldRequest_isRecordedAndNothingIsOrdered() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    TrackedRequest held = approvals.submit(shop.purchase("no", customer, SELF, Shop.STANDARD, 10).build());

    TrackedRequest rejected = approvals.reject(held.id(), "anna@reseller.example", "not in the budget");

    assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
    assertThat(rejected.lastDecision()).hasValueSatisfying(d -> {
      assertThat(d.approved()).isFalse();
      assertThat(d.reason()).contains("not in the budget");
      assertThat(d.decidedAt()).isEqualTo(clock.instant());
    });
    assertThatThrownBy(() -> approvals.approve(held.id(), "anna"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("state"));
    assertThat(approvals.resume()).isEmpty();
    assertThat(posts("/carts")).isZero();
    assertThat(subscriptions()).isEmpty();
  }

  @Test
  void approve_afterAPriceChange_requotesAndWaitsForApprovalAgain() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdSelfService());
    TrackedRequest held = approvals.submit(shop.purchase("late", customer, SELF, Shop.STANDARD, 10).build());
    clock.advance(Duration.ofDays(2));
    shop.changeGlobalPrice("192.00");

    TrackedRequest requoted = approvals.approve(held.id(), "anna");

    assertThat(requoted.state()).isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(requoted.holdReason()).contains("re-quoted: the price changed from 150.00 USD to 160.00 USD per period");
    assertThat(requoted.quote().orElseThrow().perPeriod().price()).isEqualTo(Money.of("160.00", "USD"));
    assertThat(requoted.request().quote().orElseThrow().perPeriod().price()).isEqualTo(Money.of("150.00", "USD"));
    assertThat(posts("/carts")).isZero();

    TrackedRequest done = approvals.approve(held.id(), "anna");
    assertThat(done.state()).isEqualTo(RequestState.COMPLETED);
    assertThat(done.decisions()).hasSize(2);
    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void approve_cancellationThatWaitedPastTheWindow_failsWithoutCallingPartnerCenter() {
    String sub = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdSelfService());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("cancel").customerId(customer)
        .kind(RequestKind.CANCELLATION).subscriptionId(sub).requester(SELF).build());
    clock.advance(Duration.ofDays(8));

    TrackedRequest failed = approvals.approve(held.id(), "anna");

    assertThat(failed.state()).isEqualTo(RequestState.FAILED);
    assertThat(failed.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("cancellation window closed at"));
    assertThat(fake.requests()).noneMatch(r -> r.method().equals("PATCH"));
    assertThat(pc.subscriptions(customer).get(sub).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void approve_cancellationInsideTheWindow_cancels() {
    String sub = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdSelfService());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("cancel").customerId(customer)
        .kind(RequestKind.CANCELLATION).subscriptionId(sub).requester(SELF).build());
    clock.advance(Duration.ofDays(2));

    assertThat(approvals.approve(held.id(), "anna").state()).isEqualTo(RequestState.COMPLETED);
    assertThat(pc.subscriptions(customer).get(sub).status()).isEqualTo(SubscriptionStatus.DELETED);
  }

  @Test
  void approve_seatChange_setsTheNewQuantity() {
    String sub = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("seats").customerId(customer)
        .kind(RequestKind.SEAT_CHANGE).subscriptionId(sub).quantity(15).requester(SELF).build());

    assertThat(approvals.approve(held.id(), "anna").state()).isEqualTo(RequestState.COMPLETED);
    assertThat(pc.subscriptions(customer).get(sub).quantity()).isEqualTo(15);
  }

  @Test
  void approve_seatDecreaseAfterItsWindow_failsWithPartnerCentersReason() {
    String sub = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("fewer").customerId(customer)
        .kind(RequestKind.SEAT_CHANGE).subscriptionId(sub).quantity(5).requester(SELF).build());
    clock.advance(Duration.ofDays(8));

    TrackedRequest failed = approvals.approve(held.id(), "anna");

    assertThat(failed.state()).isEqualTo(RequestState.FAILED);
    assertThat(failed.failure()).hasValueSatisfying(f -> assertThat(f).contains("800090"));
    assertThat(pc.subscriptions(customer).get(sub).quantity()).isEqualTo(10);
  }

  @Test
  void approve_itemNoLongerAvailable_failsBeforeAnyCart() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    String gone = "CFQ7TTC0LCHC:0002:CFQ7TTC0ZZZZ";
    TrackedRequest held = approvals.submit(shop.purchase("gone", customer, SELF, gone, 1)
        .quote(shop.quote(customer, Shop.STANDARD, 1)).build());

    TrackedRequest failed = approvals.approve(held.id(), "anna");

    assertThat(failed.state()).isEqualTo(RequestState.FAILED);
    assertThat(failed.failure()).contains(gone + " is no longer available in US");
    assertThat(posts("/carts")).isZero();
  }

  @Test
  void journal_everyCheckoutStepCarriesItsDerivedRequestId() {
    TrackedRequest done = approvals(ApprovalPolicy.autoApprove())
        .submit(shop.purchase("ids", customer, ANNA, Shop.STANDARD, 1).build());

    List<String> ids = fake.requests().stream().filter(r -> r.method().equals("POST"))
        .map(r -> r.header("MS-RequestId").orElse("")).toList();
    assertThat(ids).containsExactly(
        io.cspsdk.sync.approvals.internal.Execution.requestId(done, "cart"),
        io.cspsdk.sync.approvals.internal.Execution.requestId(done, "checkout"));
  }

  @Test
  void approve_addOn_isCheckedOutOnItsBase() {
    String base = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("addon").customerId(customer)
        .kind(RequestKind.ADD_ON).requester(SELF).catalogItemId("CFQ7TTC0LHWP:0001:CFQ7TTC0KD0S").quantity(10)
        .parentSubscriptionId(base).termDuration(io.cspsdk.core.model.TermDuration.P1Y)
        .billingCycle(io.cspsdk.core.model.BillingCycle.MONTHLY).build());

    assertThat(approvals.approve(held.id(), "anna").state()).isEqualTo(RequestState.COMPLETED);
    assertThat(pc.subscriptions(customer).addOns(base).stream().toList()).singleElement()
        .satisfies(s -> assertThat(s.quantity()).isEqualTo(10));
  }

  @Test
  void approve_seatChangeAfterAPriceChange_requotesAndWaits() {
    String sub = seeder.subscription("CFQ7TTC0LCHC:0002", 10).lastSubscriptionId();
    shop.history(io.cspsdk.billing.charges.SubscriptionTimeline.builder().subscriptionId(sub).customerId(customer)
        .purchase(io.cspsdk.billing.charges.Purchase.builder().purchasedAt(clock.instant())
            .termDuration(io.cspsdk.core.model.TermDuration.P1Y).billingCycle(io.cspsdk.core.model.BillingCycle.MONTHLY)
            .quantity(10).unitPrice(new BigDecimal("150.00")).currency("USD").productId("CFQ7TTC0LCHC").skuId("0002")
            .build())
        .build());
    clock.advance(Duration.ofDays(1));
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdSelfService());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("more").customerId(customer)
        .kind(RequestKind.SEAT_CHANGE).subscriptionId(sub).quantity(12).requester(SELF)
        .quote(shop.seatChangeQuote(sub, 12)).build());
    assertThat(held.quote().orElseThrow().perPeriod().price()).isEqualTo(Money.of("180.00", "USD"));
    shop.changeGlobalPrice("192.00");

    TrackedRequest requoted = approvals.approve(held.id(), "anna");

    assertThat(requoted.state()).isEqualTo(RequestState.PENDING_APPROVAL);
    assertThat(requoted.quote().orElseThrow().perPeriod().price()).isEqualTo(Money.of("192.00", "USD"));
    assertThat(pc.subscriptions(customer).get(sub).quantity()).isEqualTo(10);
    assertThat(approvals.approve(held.id(), "anna").state()).isEqualTo(RequestState.COMPLETED);
    assertThat(pc.subscriptions(customer).get(sub).quantity()).isEqualTo(12);
  }

  @Test
  void listener_thatThrows_doesNotUndoTheChange() {
    PurchaseApprovals approvals = PurchaseApprovals.builder(pc, new InMemoryPurchaseRequestStore())
        .policy(ApprovalPolicy.autoApprove()).clock(clock).requoter(shop.requoter())
        .listener(c -> {
          throw new IllegalStateException("mail server down");
        })
        .listener(c -> changes.add(c.to().name()))
        .build();

    TrackedRequest done = approvals.submit(shop.purchase("loud", customer, ANNA, Shop.STANDARD, 1).build());

    assertThat(done.state()).isEqualTo(RequestState.COMPLETED);
    assertThat(changes).containsExactly("APPROVED", "EXECUTING", "COMPLETED");
  }

  @Test
  void build_withoutRequoter_isTypedErrorNamingIt() {
    assertThatThrownBy(() -> PurchaseApprovals.builder(pc, new InMemoryPurchaseRequestStore()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("requoter"));
  }

  @Test
  void resume_cartCheckedOutButNoLongerReplayed_completesWithoutASecondOrder() {
    // an earlier run checked the cart out; Partner Center no longer remembers that MS-RequestId and answers 409
    io.cspsdk.core.model.Cart cart = pc.carts(customer).create(io.cspsdk.core.model.NewCart.builder()
        .addLineItems(io.cspsdk.core.model.CartLineItem.builder().id(0).catalogItemId(Shop.STANDARD).quantity(10)
            .termDuration(io.cspsdk.core.model.TermDuration.P1Y)
            .billingCycle(io.cspsdk.core.model.BillingCycle.MONTHLY).build())
        .build());
    pc.carts(customer).checkout(cart.id());
    PurchaseRequest r = shop.purchase("old", customer, ANNA, Shop.STANDARD, 10).build();
    InMemoryPurchaseRequestStore store = new InMemoryPurchaseRequestStore();
    store.insert(TrackedRequest.builder().id(PurchaseApprovals.idFor("old")).request(r).state(RequestState.EXECUTING)
        .version(1).submittedAt(clock.instant()).updatedAt(clock.instant()).quote(r.quote())
        .cartId(cart.id()).build());
    PurchaseApprovals approvals = PurchaseApprovals.builder(pc, store).clock(clock).requoter(shop.requoter()).build();

    assertThat(approvals.resume()).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(RequestState.COMPLETED);
      assertThat(t.orderIds()).isEmpty();
    });
    assertThat(orders()).isEqualTo(1);
  }

  @Test
  void approve_cancellationOfAnUnknownSubscription_failsWithPartnerCentersCode() {
    PurchaseApprovals approvals = approvals(ApprovalPolicy.holdAll());
    TrackedRequest held = approvals.submit(PurchaseRequest.builder().idempotencyKey("ghost").customerId(customer)
        .kind(RequestKind.CANCELLATION).subscriptionId("00000000-0000-0000-0000-000000000000").requester(ANNA)
        .build());

    TrackedRequest failed = approvals.approve(held.id(), "anna");

    assertThat(failed.state()).isEqualTo(RequestState.FAILED);
    assertThat(failed.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("Partner Center refused it: 404"));
    assertThat(changes).endsWith("PENDING_APPROVAL>APPROVED", "APPROVED>FAILED");
  }
}
