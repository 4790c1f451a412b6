package io.cspsdk.core.model;

import static io.cspsdk.core.model.JsonFixtures.assertJsonCovers;
import static io.cspsdk.core.model.JsonFixtures.fixture;
import static io.cspsdk.core.model.JsonFixtures.read;
import static io.cspsdk.core.model.JsonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DomainModelJsonTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("customer.json", Customer.class),
        Arguments.of("subscription.json", Subscription.class),
        Arguments.of("order.json", Order.class),
        Arguments.of("cart.json", Cart.class),
        Arguments.of("checkout-result.json", CartCheckoutResult.class),
        Arguments.of("product.json", Product.class),
        Arguments.of("sku.json", Sku.class),
        Arguments.of("availability.json", Availability.class),
        Arguments.of("transition-eligibility.json", TransitionEligibility.class),
        Arguments.of("transition.json", Transition.class),
        Arguments.of("audit-record.json", AuditRecord.class),
        Arguments.of("service-request.json", ServiceRequest.class),
        Arguments.of("offer.json", Offer.class),
        Arguments.of("agreement.json", CustomerAgreement.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void roundTrip_partnerCenterFixture_writesEveryFieldBackAndReadsEqual(String file, Class<?> type) {
    String json = fixture(file);
    Object value = read(json, type);
    String written = write(value);
    assertJsonCovers(json, written);
    assertThat(read(written, type)).isEqualTo(value);
  }

  @Test
  void customer_fixture_readsNestedProfilesAndRedactsPassword() {
    Customer c = read(fixture("customer.json"), Customer.class);
    assertThat(c.id()).isEqualTo("4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11");
    assertThat(c.companyProfile().flatMap(CompanyProfile::domain)).contains("wingtiptoys.onmicrosoft.com");
    Address a = c.billingProfile().flatMap(BillingProfile::defaultAddress).orElseThrow();
    assertThat(a.postalCode()).contains("98052");
    assertThat(c.billingProfile().flatMap(BillingProfile::attributes).flatMap(ResourceAttributes::etag))
        .hasValueSatisfying(e -> assertThat(e).startsWith("W/"));
    assertThat(c.relationshipToPartner()).contains(CustomerRelationship.RESELLER);
    assertThat(c.allowDelegatedAccess()).contains(true);
    assertThat(c.userCredentials().flatMap(CustomerUserCredentials::password)).contains("Tr0ub4dor&3");
    assertThat(c.toString()).doesNotContain("Tr0ub4dor&3");
    assertThat(c.userCredentials().orElseThrow().toString()).doesNotContain("Tr0ub4dor&3").contains("admin");
    assertThat(c.links().get("self").uri()).contains("/customers/4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11");
  }

  @Test
  void subscription_fixture_readsAllDocumentedFields() {
    Subscription s = read(fixture("subscription.json"), Subscription.class);
    assertThat(s.quantity()).isEqualTo(12);
    assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(s.billingType()).contains(BillingType.LICENSE);
    assertThat(s.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
    assertThat(s.termDuration()).contains(TermDuration.P1Y);
    assertThat(s.autoRenewEnabled()).isTrue();
    assertThat(s.isTrial()).isFalse();
    assertThat(s.cancellationAllowedUntilDate())
        .contains(OffsetDateTime.of(2024, 3, 25, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(s.refundOptions()).extracting(o -> o.type().orElseThrow()).containsExactly("Full", "Partial");
    RefundableQuantity rq = s.refundableQuantity().orElseThrow();
    assertThat(rq.totalQuantity()).contains(5);
    assertThat(rq.details()).extracting(d -> d.quantity().orElseThrow()).containsExactly(3, 2);
    ScheduledNextTermInstructions next = s.scheduledNextTermInstructions().orElseThrow();
    assertThat(next.product().flatMap(NextTermProduct::catalogItemId))
        .contains(CatalogItemId.parse("CFQ7TTC0LH18:0002:CFQ7TTC0K5DK"));
    assertThat(next.quantity()).contains(10);
    assertThat(s.suspensionReasons()).containsExactly("CustomerCancellation");
    assertThat(s.etag()).contains("eyJpZCI6ImE0YzEzNDBiIiwidmVyc2lvbiI6N30=");
    assertThat(s.attributes().flatMap(ResourceAttributes::objectType)).contains("Subscription");
  }

  @Test
  void subscription_numbersAsStringsAndUnknownStatus_parseAndKeepValue() {
    String json = "{\"id\":\"s1\",\"offerId\":\"o1\",\"quantity\":\"7\",\"status\":\"futureStatus\",\"autoRenewEnabled\":\"true\","
        + "\"refundableQuantity\":{\"totalQuantity\":\"3\",\"details\":[{\"quantity\":\"3\"}]},"
        + "\"billingCycle\":\"OneTime\",\"termDuration\":\"P5Y\"}";
    Subscription s = read(json, Subscription.class);
    assertThat(s.quantity()).isEqualTo(7);
    assertThat(s.autoRenewEnabled()).isTrue();
    assertThat(s.refundableQuantity().flatMap(RefundableQuantity::totalQuantity)).contains(3);
    assertThat(s.status().value()).isEqualTo("futureStatus");
    assertThat(s.status().isKnown()).isFalse();
    assertThat(s.billingCycle()).isEqualTo(BillingCycle.ONE_TIME);
    assertThat(s.termDuration().orElseThrow().months()).contains(60);
    assertThat(write(s)).contains("\"status\":\"futureStatus\"").contains("\"billingCycle\":\"one_time\"");
  }

  @Test
  void subscription_disabledStatus_isKnown() {
    Subscription s = read("{\"id\":\"s1\",\"offerId\":\"o1\",\"quantity\":1,\"billingCycle\":\"monthly\",\"status\":\"Disabled\"}", Subscription.class);
    assertThat(s.status()).isEqualTo(SubscriptionStatus.DISABLED);
    assertThat(s.status().isKnown()).isTrue();
  }

  @Test
  void subscription_emptyStringsWhereObjectsExpected_readAsAbsent() {
    String json = "{\"id\":\"s1\",\"offerId\":\"o1\",\"status\":\"active\",\"quantity\":1,\"billingCycle\":\"monthly\",\"attributes\":\"\",\"refundableQuantity\":\"\","
        + "\"scheduledNextTermInstructions\":\"\",\"productType\":\"\",\"tags\":\"\",\"links\":\"\"}";
    Subscription s = read(json, Subscription.class);
    assertThat(s.attributes()).isEmpty();
    assertThat(s.refundableQuantity()).isEmpty();
    assertThat(s.scheduledNextTermInstructions()).isEmpty();
    assertThat(s.productType()).isEmpty();
    assertThat(s.links()).isEmpty();
  }

  @Test
  void customer_emptyStringProfilesAndMissingOptionals_readAsAbsent() {
    Customer c = read("{\"id\":\"c1\",\"companyProfile\":\"\",\"billingProfile\":{\"defaultAddress\":\"\"},"
        + "\"futureField\":{\"nested\":[1,2]}}", Customer.class);
    assertThat(c.companyProfile()).isEmpty();
    assertThat(c.billingProfile().orElseThrow().defaultAddress()).isEmpty();
    assertThat(c.customDomains()).isEmpty();
    assertThat(c.relationshipToPartner()).isEmpty();
    assertThat(c.userCredentials()).isEmpty();
  }

  @Test
  void order_pricesAsStrings_readAsExactDecimals() {
    String json = "{\"id\":\"o1\",\"totalPrice\":\"72.60\",\"status\":\"canceled\",\"transactionType\":\"UserPurchase\","
        + "\"lineItems\":[{\"lineItemNumber\":\"0\",\"quantity\":\"12\",\"transactionType\":\"add_quantity\","
        + "\"pricing\":{\"price\":\"6.05\",\"extendedPrice\":\"72.60\"}}]}";
    Order o = read(json, Order.class);
    assertThat(o.totalPrice()).contains(new BigDecimal("72.60"));
    assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(o.transactionType().orElseThrow().isKnown()).isFalse();
    OrderLineItem li = o.lineItems().get(0);
    assertThat(li.lineItemNumber()).contains(0);
    assertThat(li.quantity()).contains(12);
    assertThat(li.transactionType()).contains(TransactionType.ADD_QUANTITY);
    assertThat(li.pricing().flatMap(OrderPricing::extendedPrice).orElseThrow()).isEqualByComparingTo("72.6");
    assertThat(li.pricing().flatMap(OrderPricing::price).orElseThrow().scale()).isEqualTo(2);
  }

  @Test
  void sku_dynamicAttributes_typedHelpersAndNullValuesKept() {
    Sku sku = read(fixture("sku.json"), Sku.class);
    assertThat(sku.isAddon()).isFalse();
    assertThat(sku.prerequisiteSkus()).isEmpty();
    assertThat(sku.upgradeTargetOffers()).containsExactly("CFQ7TTC0LDPB:0001", "CFQ7TTC0LCHC:0002");
    assertThat(sku.dynamicAttribute("isMicrosoftProduct")).contains("true");
    assertThat(sku.supportedBillingCycles()).containsExactly(BillingCycle.ANNUAL, BillingCycle.MONTHLY);
    assertThat(write(sku)).doesNotContain("\"addon\"").doesNotContain("\"prerequisiteSkus\":[]}");

    Sku addOn = read("{\"id\":\"0002\",\"minimumQuantity\":\"1\",\"dynamicAttributes\":{\"isAddon\":\"True\","
        + "\"prerequisiteSkus\":[\"CFQ7TTC0LH18:0001\"],\"hasConstraints\":null}}", Sku.class);
    assertThat(addOn.dynamicAttributes()).containsKey("hasConstraints");
    assertThat(addOn.isAddon()).isTrue();
    assertThat(addOn.minimumQuantity()).contains(1);
    assertThat(addOn.prerequisiteSkus()).containsExactly("CFQ7TTC0LH18:0001");
  }

  @Test
  void availability_fixture_readsTermsAndCatalogItemId() {
    Availability a = read(fixture("availability.json"), Availability.class);
    assertThat(a.isPurchasable()).isTrue();
    assertThat(a.parsedCatalogItemId()).contains(CatalogItemId.of("CFQ7TTC0LH18", "0001", "CFQ7TTC0K5DJ"));
    assertThat(a.terms()).extracting(t -> t.duration().orElseThrow()).containsExactly(TermDuration.P1Y, TermDuration.P1M);
    assertThat(a.terms().get(0).cancellationPolicies().get(0).refundOptions().get(0).expiresAfter()).contains("P7D");
    assertThat(a.defaultCurrency().flatMap(CurrencyInfo::code)).contains("USD");
  }

  @Test
  void transitionEligibility_fixture_readsEligibilitiesAndErrors() {
    TransitionEligibility e = read(fixture("transition-eligibility.json"), TransitionEligibility.class);
    assertThat(e.eligibilities()).extracting(TransitionEligibilityDetail::isEligible).containsExactly(true, false);
    assertThat(e.eligibilities().get(0).transitionType()).contains(TransitionType.TRANSITION_WITH_LICENSE_TRANSFER);
    assertThat(e.eligibilities().get(1).errors().get(0).code()).contains("TargetSkuNotEligible");
  }

  @Test
  void auditRecord_fixture_keepsResourceValuesAsStringsAndCustomizedData() {
    AuditRecord r = read(fixture("audit-record.json"), AuditRecord.class);
    assertThat(r.operationType()).contains(AuditOperationType.UPDATE_SUBSCRIPTION);
    assertThat(r.resourceNewValue()).contains("{\"Id\":\"a4c1340b\",\"Quantity\":12}");
    assertThat(r.customizedValue("Quantity")).contains("12");
    assertThat(r.customizedValue("Missing")).isEmpty();
    AuditRecord unknown = read("{\"operationType\":\"future_operation\",\"customizedData\":[{\"key\":\"k\",\"value\":null}]}",
        AuditRecord.class);
    assertThat(unknown.operationType().orElseThrow().value()).isEqualTo("future_operation");
    assertThat(unknown.customizedValue("k")).isEmpty();
  }

  @Test
  void serviceRequest_fixture_readsOpenEnumsAndContacts() {
    ServiceRequest sr = read(fixture("service-request.json"), ServiceRequest.class);
    assertThat(sr.severity()).contains(ServiceRequestSeverity.MODERATE);
    assertThat(sr.status()).contains(ServiceRequestStatus.OPEN);
    assertThat(sr.primaryContact().flatMap(ServiceRequestContact::email)).contains("ana@contosopartner.com");
    assertThat(read("{\"status\":\"AttentionNeeded\",\"severity\":\"sev0\"}", ServiceRequest.class).status())
        .contains(ServiceRequestStatus.ATTENTION_NEEDED);
  }

  @Test
  void offer_fixture_readsLegacyFlags() {
    Offer o = read(fixture("offer.json"), Offer.class);
    assertThat(o.hasAddOns()).isTrue();
    assertThat(o.isAddOn()).isFalse();
    assertThat(o.billing()).contains(BillingType.LICENSE);
    assertThat(o.category().flatMap(OfferCategory::rank)).contains(20);
  }

  @Test
  void openEnums_matchPartnerCenterSpellings() {
    assertThat(CustomerRelationship.of("MicrosoftSupport")).isSameAs(CustomerRelationship.MICROSOFT_SUPPORT);
    assertThat(TransitionType.of("TransitionOnly")).isSameAs(TransitionType.TRANSITION_ONLY);
    assertThat(TransactionType.of("customer_credit")).isSameAs(TransactionType.CUSTOMER_CREDIT);
    assertThat(SubscriptionStatus.of("EXPIRED")).isSameAs(SubscriptionStatus.EXPIRED);
  }

  @Test
  void catalogItemId_parseAndFormat_roundTrip() {
    CatalogItemId id = CatalogItemId.parse(" CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ ");
    assertThat(id.productId()).isEqualTo("CFQ7TTC0LH18");
    assertThat(id.skuId()).isEqualTo("0001");
    assertThat(id.availabilityId()).isEqualTo("CFQ7TTC0K5DJ");
    assertThat(id.toString()).isEqualTo("CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ");
    assertThat(CatalogItemId.parse("cfq7ttc0lh18:0001:cfq7ttc0k5dj")).isEqualTo(id).hasSameHashCodeAs(id);
  }

  @Test
  void catalogItemId_malformed_throwsValidationException() {
    assertThatThrownBy(() -> CatalogItemId.parse("CFQ7TTC0LH18:0001"))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("catalogItemId:");
    assertThatThrownBy(() -> CatalogItemId.parse("a::c"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("catalogItemId.skuId"));
    assertThatThrownBy(() -> CatalogItemId.parse("a:b:c:d")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CatalogItemId.parse(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CatalogItemId.of("a", "b:c", "d"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("':'"));
    assertThat(CatalogItemId.tryParse("031C9E47-4802-4248-838E-778FB1D2CC05")).isEmpty();
  }
}
