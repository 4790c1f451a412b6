package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.PartnerRelationshipType;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fake as an indirect provider (distributor): resellers, their customers, attribution, over real HTTP. */
class TwoTierClientTest extends ClientFixture {
  static final String BASIC_ITEM = "CFQ7TTC0LH18:0001:CFQ7TTC0KCWD";

  private static <T> List<T> all(PagedIterable<T> p) {
    return p.stream().toList();
  }

  @Test
  void indirectResellers_listsSeededResellersWithTenantMpnNameState() {
    var s = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String tenant = s.lastResellerId();
    s.indirectReseller("Other Reseller", "5100002", "US");

    List<PartnerRelationship> resellers = all(pc.relationships().indirectResellers());

    assertThat(resellers).extracting(PartnerRelationship::id).first().isEqualTo(tenant);
    assertThat(resellers).extracting(r -> r.mpnId().orElseThrow()).containsExactly("5100001", "5100002");
    assertThat(resellers.get(0).name()).contains("Cloud Resell");
    assertThat(resellers.get(0).state()).contains("Active");
    assertThat(resellers.get(0).location()).contains("GR");
    assertThat(resellers.get(0).relationshipType())
        .contains(PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF);
    assertThat(all(pc.relationships().indirectProviders())).isEmpty();
  }

  @Test
  void customersOf_andOfCustomer_followTheCustomersReseller() {
    var s = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String reseller = s.lastResellerId();
    s.indirectReseller("Other Reseller", "5100002", "US");
    s.customer("Customer X").soldThrough("5100001");
    String x = s.lastCustomerId();
    s.customer("Customer Y").soldThrough("5100002");
    s.customer("Direct Co");
    String direct = s.lastCustomerId();

    assertThat(all(pc.relationships().customersOf(reseller))).extracting(Customer::id).containsExactly(x);
    assertThat(all(pc.relationships().ofCustomer(x))).singleElement()
        .satisfies(r -> assertThat(r.mpnId()).contains("5100001"));
    assertThat(all(pc.relationships().ofCustomer(direct))).isEmpty();
    assertThat(pc.customers().get(x).associatedPartnerId()).contains(reseller);
  }

  @Test
  void subscriptions_carryPartnerId_andMpnIdFilterSelectsThem() {
    var s = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR")
        .customer("Customer X").soldThrough("5100001").subscription("CFQ7TTC0LH18:0001", 5);
    String c = s.lastCustomerId();
    String attributed = s.lastSubscriptionId();
    s.subscription("CFQ7TTC0LCHC:0002", 2).attributedTo(null);

    assertThat(pc.subscriptions(c).get(attributed).partnerId()).contains("5100001");
    assertThat(all(pc.relationships().subscriptionsOf(c, "5100001"))).extracting(Subscription::id)
        .containsExactly(attributed);
    assertThat(all(pc.subscriptions(c).list())).hasSize(2);
  }

  @Test
  void createOrder_partnerIdOnRecord_attributesSubscriptionAndEchoesOnLine() {
    String c = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR").customer("Customer X")
        .agreementAccepted().lastCustomerId();

    Order o = pc.orders(c).create(NewOrder.builder().referenceCustomerId(c).billingCycle(BillingCycle.of("monthly"))
        .addLineItems(OrderLineItem.builder().lineItemNumber(0).offerId(BASIC_ITEM).quantity(3)
            .partnerIdOnRecord("5100001").build()).build());

    OrderLineItem line = o.lineItems().get(0);
    assertThat(line.partnerIdOnRecord()).contains("5100001");
    assertThat(pc.subscriptions(c).get(line.subscriptionId().orElseThrow()).partnerId()).contains("5100001");
  }

  @Test
  void createOrder_unknownPartnerIdOnRecord_isRefusedAndCreatesNothing() {
    String c = fake.seed().customer("Customer X").agreementAccepted().lastCustomerId();

    assertThatThrownBy(() -> pc.orders(c).create(NewOrder.builder().referenceCustomerId(c)
        .billingCycle(BillingCycle.of("monthly")).addLineItems(OrderLineItem.builder().lineItemNumber(0)
            .offerId(BASIC_ITEM).quantity(3).partnerIdOnRecord("9999999").build()).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("partnerIdOnRecord");
    assertThat(all(pc.subscriptions(c).list())).isEmpty();
  }

  @Test
  void reconciliationLines_carryResellerMpnId_inV1AndFullExport_notInBasic() {
    fake.seed().indirectReseller("Cloud Resell", "5100001", "GR")
        .customer("Customer X").soldThrough("5100001").subscription("CFQ7TTC0LH18:0001", 5)
        .customer("Direct Co").subscription("CFQ7TTC0LH18:0001", 1);
    clock.set(Instant.parse("2026-02-01T00:00:00Z"));
    String invoiceId = all(pc.invoices().list()).get(0).id();

    List<ReconciliationLineItem> v1 = all(pc.invoices().billedLineItems(invoiceId));

    assertThat(v1).extracting(i -> i.customerName().orElseThrow() + "=" + i.resellerMpnId().orElse(""))
        .containsExactlyInAnyOrder("Customer X=5100001", "Direct Co=");
    try (Stream<ReconciliationLineItem> full = pc.invoices().exportBilled(invoiceId, AttributeSet.FULL)
        .lineItems(Duration.ofMinutes(5))) {
      assertThat(full.map(i -> i.resellerMpnId().orElse(""))).containsExactlyInAnyOrder("5100001", "");
    }
    try (Stream<ReconciliationLineItem> basic = pc.invoices().exportBilled(invoiceId, AttributeSet.BASIC)
        .lineItems(Duration.ofMinutes(5))) {
      assertThat(basic.map(ReconciliationLineItem::resellerMpnId)).allMatch(java.util.Optional::isEmpty);
    }
  }
}
