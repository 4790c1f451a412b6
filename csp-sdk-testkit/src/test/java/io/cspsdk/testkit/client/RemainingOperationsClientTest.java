package io.cspsdk.testkit.client;

import static io.cspsdk.testkit.FakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.invoices.LegacyProvider;
import io.cspsdk.core.model.AgreementContact;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.AgreementType;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartCheckoutResult;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.CustomerAgreement;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.NextTermProduct;
import io.cspsdk.core.model.ScheduledNextTermInstructions;
import io.cspsdk.core.model.TermDuration;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Client operations not driven elsewhere: each is served and read back with the fields the client maps. */
class RemainingOperationsClientTest extends ClientFixture {

  private static <T> List<T> all(Iterable<T> it) {
    return StreamSupport.stream(it.spliterator(), false).toList();
  }

  @Test
  void agreementRequired_purchaseFails13605_untilAgreementCreated_thenListed() {
    fake.requireCustomerAgreement(true);
    String c = fake.seed().customer("Contoso").lastCustomerId();
    assertThat(all(pc.customers().agreements(c))).isEmpty();
    assertThatThrownBy(() -> buyBasic(c)).isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((PartnerCenterServiceException) e).errorCode()).contains("13605"));
    CustomerAgreement created = pc.customers().createAgreement(c, CustomerAgreement.builder()
        .primaryContact(AgreementContact.builder().firstName("Ada").lastName("Lovelace").email("ada@contoso.example")
            .build())
        .type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT).dateAgreed(clock.instant().atOffset(ZoneOffset.UTC))
        .templateId("117a77b0-9360-443b-8795-c6dedc750cf9").userId("f5a1b7e0-1d7c-4f3a-9d7e-6b1a2c3d4e5f").build());
    assertThat(created.type()).contains(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT);
    List<CustomerAgreement> listed = all(pc.customers().agreements(c));
    assertThat(listed).hasSize(1);
    assertThat(all(pc.customers().agreements(c, AgreementType.MICROSOFT_CUSTOMER_AGREEMENT))).hasSize(1);
    assertThat(all(pc.customers().agreements(c, AgreementType.MICROSOFT_CLOUD_AGREEMENT))).isEmpty();
    assertThat(listed.get(0).primaryContact().orElseThrow().email()).contains("ada@contoso.example");
    assertThat(buyBasic(c).orderErrors()).isEmpty();
  }

  private CartCheckoutResult buyBasic(String c) {
    Cart cart = pc.carts(c).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId(CommerceClientTest.BASIC_ITEM).quantity(1).billingCycle(BillingCycle.of("monthly"))
        .termDuration(TermDuration.of("P1Y")).build()).build());
    return pc.carts(c).checkout(cart.id());
  }

  @Test
  void agreements_unknownCustomer_failsNotFound() {
    assertThatThrownBy(() -> all(pc.customers().agreements("00000000-0000-4000-8000-000000000000")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void catalog_singleProductSkuOfferAndOfferAddOns_readThroughClient() {
    var product = pc.catalog().product("CFQ7TTC0LH18", "US");
    assertThat(product.id()).isEqualTo("CFQ7TTC0LH18");
    var sku = pc.catalog().sku("CFQ7TTC0LH18", "0001", "US");
    assertThat(sku.id()).isEqualTo("0001");
    assertThat(sku.productId()).contains("CFQ7TTC0LH18");
    var offer = all(pc.catalog().offers("US")).get(0);
    assertThat(pc.catalog().offer(offer.id(), "US").id()).isEqualToIgnoringCase(offer.id());
    assertThat(all(pc.catalog().offerAddOns(offer.id(), "US"))).isNotNull();
    assertThatThrownBy(() -> pc.catalog().sku("CFQ7TTC0LH18", "9999", "US")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> pc.catalog().offer("NOT-AN-OFFER", "US")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void cart_update_replacesLineItems() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    CartLineItem line = CartLineItem.builder().catalogItemId(CommerceClientTest.BASIC_ITEM).quantity(2)
        .billingCycle(BillingCycle.of("monthly")).termDuration(TermDuration.of("P1Y")).build();
    Cart cart = pc.carts(c).create(NewCart.builder().addLineItems(line).build());
    Cart fetched = pc.carts(c).get(cart.id());
    Cart updated = pc.carts(c).update(fetched.toBuilder().lineItems(List.of(line.toBuilder().quantity(9).build()))
        .build());
    assertThat(updated.lineItems()).singleElement().satisfies(l -> assertThat(l.quantity()).contains(9));
    assertThat(pc.carts(c).get(cart.id()).lineItems().get(0).quantity()).contains(9);
  }

  @Test
  void clearScheduledNextTerm_removesInstructions_andRenewalKeepsQuantity() {
    var seeded = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10);
    String c = seeded.lastCustomerId();
    String s = seeded.lastSubscriptionId();
    pc.subscriptions(c).scheduleNextTerm(s, ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("CFQ7TTC0LH18").skuId("0001").availabilityId("CFQ7TTC0KCWD")
            .billingCycle("monthly").termDuration("P1Y").build())
        .quantity(4).build());
    assertThat(pc.subscriptions(c).get(s).scheduledNextTermInstructions()).isPresent();
    assertThat(pc.subscriptions(c).clearScheduledNextTerm(s).scheduledNextTermInstructions()).isEmpty();
    clock.advance(Duration.ofDays(366));
    assertThat(pc.subscriptions(c).get(s).quantity()).isEqualTo(10);
  }

  @Test
  void invoices_getById_andLegacyLineItemsAreEmpty() {
    fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10);
    clock.advance(Duration.ofDays(40));
    Invoice listed = all(pc.invoices().list()).get(0);
    Invoice got = pc.invoices().get(listed.id());
    assertThat(got.id()).isEqualTo(listed.id());
    assertThat(got.totalCharges().orElseThrow()).isPositive();
    assertThat(got.currencyCode()).contains("USD");
    assertThat(all(pc.invoices().legacyLineItems(got.id(), LegacyProvider.OFFICE))).isEmpty();
    assertThatThrownBy(() -> pc.invoices().get("G999999999")).isInstanceOf(NotFoundException.class);
    assertThat(fake).received("GET", "/invoices/*").atLeast(1);
  }
}
