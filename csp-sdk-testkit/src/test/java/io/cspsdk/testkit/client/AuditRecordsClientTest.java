package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cspsdk.core.audit.AuditFilter;
import io.cspsdk.core.model.AuditOperationType;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.AuditRecord;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Audit records as Partner Center writes them: documented operation and resource types, values, dates. */
class AuditRecordsClientTest extends ClientFixture {
  private static final String BASIC_ITEM = "CFQ7TTC0LH18:0001:CFQ7TTC0KCWD";
  private static final ObjectMapper JSON = new ObjectMapper();

  private List<AuditRecord> audit(String customerId) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return StreamSupport.stream(pc.auditRecords().list(today.minusDays(89), today.plusDays(1),
        AuditFilter.customerId(customerId)).spliterator(), false).toList();
  }

  private static List<String> ops(List<AuditRecord> records) {
    return records.stream().map(r -> r.operationType().orElseThrow().value()).toList();
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void checkout_isAuditedAsCreateOrderWithTheDocumentedCustomizedData() throws Exception {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Cart cart = pc.carts(c).create(NewCart.builder().addLineItems(CartLineItem.builder().catalogItemId(BASIC_ITEM)
        .quantity(5).billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y")).build()).build());
    Order order = pc.carts(c).checkout(cart.id()).orders().get(0);
    String sub = order.lineItems().get(0).subscriptionId().orElseThrow();

    AuditRecord r = audit(c).stream().filter(a -> a.resourceType().orElseThrow().equals("order")).findFirst()
        .orElseThrow();
    assertThat(r.operationType()).contains(AuditOperationType.CREATE_ORDER);
    assertThat(r.operationStatus()).contains("succeeded");
    assertThat(r.customizedValue("OrderId")).contains(order.id());
    assertThat(r.customizedValue("BillingCycle")).contains("Monthly");
    assertThat(r.customizedValue("OfferId-0")).contains(BASIC_ITEM);
    assertThat(r.customizedValue("SubscriptionId-0")).contains(sub);
    assertThat(r.customizedValue("Quantity-0")).contains("5");
    assertThat(r.customizedData()).anySatisfy(kv -> assertThat(kv.key()).contains("PartnerOnRecord-0"));
    JsonNode value = json(r.resourceNewValue().orElseThrow());
    assertThat(value.get("Id").asText()).isEqualTo(order.id());
    assertThat(value.get("LineItems").get(0).get("SubscriptionId").asText()).isEqualTo(sub);
    assertThat(value.get("Attributes").get("ObjectType").asText()).isEqualTo("Order");
    assertThat(r.id().orElseThrow()).startsWith(r.partnerId().orElseThrow() + "_" + c + "_createorder_");
  }

  @Test
  void subscriptionChanges_areUpdateSubscriptionWithOldAndNewValues() throws Exception {
    var seed = fake.seed().customer("Contoso").subscription(BASIC, 5);
    String c = seed.lastCustomerId();
    String sub = seed.lastSubscriptionId();
    pc.subscriptions(c).changeQuantity(sub, 7);
    pc.subscriptions(c).setAutoRenew(sub, false);
    pc.subscriptions(c).suspend(sub);

    List<AuditRecord> updates = audit(c).stream()
        .filter(a -> a.operationType().orElseThrow().equals(AuditOperationType.UPDATE_SUBSCRIPTION)).toList();
    assertThat(updates).hasSize(3).allSatisfy(a -> assertThat(a.resourceType()).contains("subscription"));
    JsonNode before = json(updates.get(0).resourceOldValue().orElseThrow());
    JsonNode after = json(updates.get(0).resourceNewValue().orElseThrow());
    assertThat(before.get("Id").asText()).isEqualTo(sub);
    assertThat(before.get("Quantity").asInt()).isEqualTo(5);
    assertThat(after.get("Quantity").asInt()).isEqualTo(7);
    assertThat(json(updates.get(1).resourceNewValue().orElseThrow()).get("AutoRenewEnabled").asBoolean()).isFalse();
    assertThat(json(updates.get(2).resourceNewValue().orElseThrow()).get("Status").asText()).isEqualTo("suspended");
  }

  @Test
  void userAndLicenceOperations_useTheDocumentedOperationTypes() throws Exception {
    String c = fake.seed().customer("Contoso").subscription(BASIC, 2).lastCustomerId();
    User u = pc.users(c).create(NewUser.builder().userPrincipalName("new.person@contoso.onmicrosoft.com")
        .displayName("New Person").firstName("New").lastName("Person").usageLocation("US")
        .password("Str0ng!Passw0rd").build());
    String id = u.id();
    pc.users(c).update(u.id(), UserUpdate.builder().displayName("Renamed").build());
    pc.users(c).resetPassword(id, "An0ther!Passw0rd", true);
    pc.licenses(c).assign(id, BASIC_LICENCE);
    pc.users(c).delete(id);
    pc.users(c).restore(id);

    List<AuditRecord> records = audit(c);
    assertThat(ops(records)).containsSubsequence("add_customer", "create_order", "create_customer_user",
        "update_customer_user", "reset_customer_user_password", "update_customer_user_licenses",
        "delete_customer_user", "restore_customer_user");
    AuditRecord licence = records.stream().filter(a -> a.resourceType().orElseThrow().equals("license"))
        .findFirst().orElseThrow();
    assertThat(licence.customizedValue("CustomerUserId")).contains(id);
    assertThat(licence.customizedValue("AddedLicenseSkuId")).contains(BASIC_LICENCE);
    assertThat(json(licence.resourceNewValue().orElseThrow()).get("LicensesToAssign").get(0).get("SkuId").asText())
        .isEqualTo(BASIC_LICENCE);
    assertThat(records).filteredOn(a -> a.resourceType().orElseThrow().equals("customer_user"))
        .allSatisfy(a -> assertThat(a.customizedValue("CustomerUserId")).contains(id));
    assertThat(records).allSatisfy(a -> assertThat(a.operationType().orElseThrow().isKnown()).isTrue());
  }

  @Test
  void backDatedSeededPurchase_isAuditedAtItsPurchaseTimeWithAnOrderThatExists() throws Exception {
    var seed = fake.seed().customer("Contoso").subscription(BASIC, 4).startedDaysAgo(40);
    String c = seed.lastCustomerId();
    String sub = seed.lastSubscriptionId();
    OffsetDateTime purchased = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(40)), ZoneOffset.UTC);

    List<AuditRecord> records = audit(c);
    assertThat(ops(records)).containsExactly("add_customer", "create_order");
    AuditRecord order = records.get(1);
    assertThat(order.operationDate()).contains(purchased);
    assertThat(records.get(0).operationDate().orElseThrow()).isBeforeOrEqualTo(purchased);
    String orderId = order.customizedValue("OrderId").orElseThrow();
    assertThat(order.customizedValue("SubscriptionId-0")).contains(sub);
    assertThat(pc.subscriptions(c).get(sub).orderId()).contains(orderId);
    Order read = pc.orders(c).get(orderId);
    assertThat(read.creationDate()).contains(purchased);
    assertThat(read.lineItems()).singleElement().satisfies(li -> assertThat(li.subscriptionId()).contains(sub));
    assertThat(StreamSupport.stream(pc.orders(c).list().spliterator(), false)).hasSize(1);
    assertThat(json(order.resourceNewValue().orElseThrow()).get("CreationDate").asText())
        .isEqualTo(read.creationDate().orElseThrow().toInstant().toString());
  }

  @Test
  void renewalsAndTermEnds_areNotPartnerOperations_andAreNotAudited() {
    var seed = fake.seed().customer("Contoso").subscription(BASIC, 1);
    String c = seed.lastCustomerId();
    String sub = seed.lastSubscriptionId();
    clock.advance(Duration.ofDays(370));
    assertThat(pc.subscriptions(c).get(sub).commitmentEndDate().orElseThrow())
        .isAfter(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    // the renewal at day 365 lies within the last 89 days, the seeding (day 0) does not
    assertThat(audit(c)).isEmpty();
  }
}
