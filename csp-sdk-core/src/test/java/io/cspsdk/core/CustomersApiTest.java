package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.customers.CustomerFilter;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.AgreementContact;
import io.cspsdk.core.model.AgreementType;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.CustomerAgreement;
import io.cspsdk.core.model.CustomerRelationship;
import io.cspsdk.core.model.CustomerUserCredentials;
import io.cspsdk.core.model.NewCustomer;
import io.cspsdk.core.model.ResourceAttributes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomersApiTest extends WireMockApiTest {
  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  @Test
  void list_twoPages_followsNextLinkWithContinuationHeader() {
    wm.stubFor(get(urlEqualTo("/v1/customers?size=100")).willReturn(okJson(collection(
        "/customers?size=100&seekOperation=Next", "tok-1", "{\"id\":\"c1\"}", "{\"id\":\"c2\"}"))));
    wm.stubFor(get(urlEqualTo("/v1/customers?size=100&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("tok-1"))
        .willReturn(okJson(collection(null, null, fixture("customer.json")))));

    List<Customer> customers = client.customers().list().stream().collect(Collectors.toList());

    assertThat(customers).extracting(Customer::id).containsExactly("c1", "c2", CID);
    assertThat(customers.get(2).companyProfile().flatMap(CompanyProfile::companyName)).contains("Wingtip Toys");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers?size=100"))));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers?size=100&seekOperation=Next")))
        .withHeader("MS-ContinuationToken", equalTo("tok-1")));
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of(CustomerFilter.companyNameStartsWith("Wingtip T"), "CompanyName", "Wingtip T"),
        Arguments.of(CustomerFilter.domainStartsWith("wingtip"), "Domain", "wingtip"),
        Arguments.of(CustomerFilter.indirectReseller("6f1b4b2a"), "IndirectReseller", "6f1b4b2a"),
        Arguments.of(CustomerFilter.indirectCloudSolutionProvider("9a8b"), "IndirectCloudSolutionProvider", "9a8b"));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void list_withFilter_sendsUrlEncodedJsonFilter(CustomerFilter filter, String field, String value) {
    wm.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson(collection(null, null, "{\"id\":\"c1\"}"))));

    List<Customer> customers = client.customers().list(filter).stream().collect(Collectors.toList());

    assertThat(customers).extracting(Customer::id).containsExactly("c1");
    String json = "{\"Field\":\"" + field + "\",\"Value\":\"" + value + "\",\"Operator\":\"starts_with\"}";
    wm.verify(pc(getRequestedFor(urlPathEqualTo("/v1/customers")))
        .withQueryParam("size", equalTo("100")).withQueryParam("filter", equalTo(json)));
    String raw = wm.getAllServeEvents().get(0).getRequest().getUrl();
    assertThat(raw).contains("filter=%7B%22Field%22%3A%22" + field + "%22").doesNotContain("{");
  }

  @Test
  void list_blankFilterValue_isRefused() {
    assertThatThrownBy(() -> CustomerFilter.companyNameStartsWith(" "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("filter.value"));
  }

  @Test
  void get_existingCustomer_readsFullCustomer() {
    wm.stubFor(get("/v1/customers/" + CID).willReturn(okJson(fixture("customer.json"))));

    Customer c = client.customers().get(CID, RequestOptions.builder().correlationId("corr-7").build());

    assertThat(c.relationshipToPartner()).contains(CustomerRelationship.RESELLER);
    assertThat(c.billingProfile().flatMap(BillingProfile::email)).contains("gena@wingtiptoys.com");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID))).withHeader("MS-CorrelationId", equalTo("corr-7")));
  }

  @Test
  void get_blankId_sendsNothing() {
    assertThatThrownBy(() -> client.customers().get(" "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
    assertNothingSent(wm);
  }

  static NewCustomer validNewCustomer() {
    return NewCustomer.builder()
        .companyProfile(CompanyProfile.builder().domain("wingtiptoys").build())
        .billingProfile(BillingProfile.builder().email("gena@wingtiptoys.com").culture("EN-US").language("En")
            .companyName("Wingtip Toys")
            .defaultAddress(Address.builder().country("US").city("Redmond").state("WA")
                .addressLine1("One Microsoft Way").postalCode("98052").firstName("Gena").lastName("Soto")
                .phoneNumber("4255550101").build())
            .build())
        .build();
  }

  @Test
  void create_validCustomer_postsBodyWithRequestIdAndReadsCredentials() {
    wm.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("customer.json"))));

    Customer created = client.customers().create(validNewCustomer(),
        RequestOptions.builder().requestId("create-wingtip-1").build());

    assertThat(created.id()).isEqualTo(CID);
    assertThat(created.userCredentials().flatMap(CustomerUserCredentials::userName)).contains("admin");
    assertThat(created.toString()).doesNotContain("Tr0ub4dor&3");
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/customers")))
        .withHeader("MS-RequestId", equalTo("create-wingtip-1"))
        .withRequestBody(equalToJson("{\"companyProfile\":{\"domain\":\"wingtiptoys.onmicrosoft.com\"},"
            + "\"billingProfile\":{\"email\":\"gena@wingtiptoys.com\",\"culture\":\"EN-US\",\"language\":\"En\","
            + "\"companyName\":\"Wingtip Toys\",\"defaultAddress\":{\"country\":\"US\",\"city\":\"Redmond\","
            + "\"state\":\"WA\",\"addressLine1\":\"One Microsoft Way\",\"postalCode\":\"98052\",\"firstName\":\"Gena\","
            + "\"lastName\":\"Soto\",\"phoneNumber\":\"4255550101\"}}}")));
  }

  private static NewCustomer.Builder withBilling(UnaryOperator<BillingProfile.Builder> change) {
    NewCustomer c = validNewCustomer();
    BillingProfile.Builder b = BillingProfile.builder().from(c.billingProfile().orElseThrow());
    return c.toBuilder().billingProfile(change.apply(b).build());
  }

  private static NewCustomer.Builder withAddress(UnaryOperator<Address.Builder> change) {
    Address a = validNewCustomer().billingProfile().orElseThrow().defaultAddress().orElseThrow();
    return withBilling(b -> b.defaultAddress(change.apply(Address.builder().from(a)).build()));
  }

  static Stream<Arguments> invalidCustomers() {
    NewCustomer valid = validNewCustomer();
    return Stream.of(
        Arguments.of(NewCustomer.builder().billingProfile(valid.billingProfile().orElseThrow()), "companyProfile"),
        Arguments.of(valid.toBuilder().companyProfile(CompanyProfile.builder().companyName("x").build()),
            "companyProfile.domain"),
        Arguments.of(valid.toBuilder().companyProfile(CompanyProfile.builder().domain("wing_tip").build()),
            "companyProfile.domain"),
        Arguments.of(NewCustomer.builder().companyProfile(valid.companyProfile().orElseThrow()), "billingProfile"),
        Arguments.of(withBilling(b -> b.email(" ")), "billingProfile.email"),
        Arguments.of(withBilling(b -> b.email("not-an-email")), "billingProfile.email"),
        Arguments.of(withBilling(b -> b.culture(java.util.Optional.empty())), "billingProfile.culture"),
        Arguments.of(withBilling(b -> b.language(java.util.Optional.empty())), "billingProfile.language"),
        Arguments.of(withBilling(b -> b.companyName(java.util.Optional.empty())), "billingProfile.companyName"),
        Arguments.of(withBilling(b -> b.defaultAddress(java.util.Optional.empty())), "billingProfile.defaultAddress"),
        Arguments.of(withAddress(a -> a.country(java.util.Optional.empty())), "billingProfile.defaultAddress.country"),
        Arguments.of(withAddress(a -> a.country("USA")), "billingProfile.defaultAddress.country"),
        Arguments.of(withAddress(a -> a.city(" ")), "billingProfile.defaultAddress.city"),
        Arguments.of(withAddress(a -> a.addressLine1(java.util.Optional.empty())),
            "billingProfile.defaultAddress.addressLine1"),
        Arguments.of(withAddress(a -> a.postalCode(java.util.Optional.empty())),
            "billingProfile.defaultAddress.postalCode"),
        Arguments.of(withAddress(a -> a.firstName(java.util.Optional.empty())),
            "billingProfile.defaultAddress.firstName"),
        Arguments.of(withAddress(a -> a.lastName("")), "billingProfile.defaultAddress.lastName"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidCustomers")
  void build_missingRequiredField_throwsValidationExceptionNamingIt(NewCustomer.Builder customer, String field) {
    assertThatThrownBy(customer::build)
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.rule()).isNotBlank();
        });
  }

  @Test
  void create_namesOnBillingProfileInsteadOfAddress_areAccepted() {
    wm.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"new\"}")));
    NewCustomer c = withBilling(b -> b.firstName("Gena").lastName("Soto").defaultAddress(
        Address.builder().from(validNewCustomer().billingProfile().orElseThrow().defaultAddress().orElseThrow())
            .firstName(java.util.Optional.empty()).lastName(java.util.Optional.empty()).build())).build();

    assertThat(client.customers().create(c).id()).isEqualTo("new");
  }

  @Test
  void delete_sandboxCustomer_sendsDeleteAndAccepts204() {
    wm.stubFor(delete("/v1/customers/" + CID).willReturn(aResponse().withStatus(204)));

    client.customers().delete(CID);

    wm.verify(pc(deleteRequestedFor(urlEqualTo("/v1/customers/" + CID))));
  }

  @Test
  void billingProfile_get_readsProfileWithEtag() {
    wm.stubFor(get("/v1/customers/" + CID + "/profiles/billing").willReturn(okJson(
        "{\"id\":\"bp1\",\"email\":\"gena@wingtiptoys.com\",\"defaultAddress\":{\"country\":\"US\"},"
            + "\"attributes\":{\"etag\":\"W/\\\"42\\\"\",\"objectType\":\"CustomerBillingProfile\"}}")));

    BillingProfile p = client.customers().billingProfile(CID);

    assertThat(p.attributes().flatMap(ResourceAttributes::etag)).contains("W/\"42\"");
    assertThat(p.defaultAddress().flatMap(Address::country)).contains("US");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/profiles/billing"))));
  }

  @Test
  void updateBillingProfile_sendsPutWithIfMatchOfProfileEtag() {
    wm.stubFor(put("/v1/customers/" + CID + "/profiles/billing").willReturn(okJson(
        "{\"id\":\"bp1\",\"email\":\"new@wingtiptoys.com\",\"attributes\":{\"etag\":\"W/\\\"43\\\"\"}}")));
    BillingProfile profile = BillingProfile.builder().id("bp1").email("new@wingtiptoys.com")
        .attributes(ResourceAttributes.builder().etag("W/\"42\"").build()).build();

    BillingProfile updated = client.customers().updateBillingProfile(CID, profile);

    assertThat(updated.email()).contains("new@wingtiptoys.com");
    wm.verify(pc(putRequestedFor(urlEqualTo("/v1/customers/" + CID + "/profiles/billing")))
        .withHeader("If-Match", equalTo("W/\"42\""))
        .withRequestBody(equalToJson("{\"id\":\"bp1\",\"email\":\"new@wingtiptoys.com\","
            + "\"attributes\":{\"etag\":\"W/\\\"42\\\"\"}}")));
  }

  @Test
  void updateBillingProfile_withoutEtag_sendsNoIfMatch() {
    wm.stubFor(put("/v1/customers/" + CID + "/profiles/billing").willReturn(okJson("{\"id\":\"bp1\"}")));

    client.customers().updateBillingProfile(CID, BillingProfile.builder().email("a@b.co").build());

    wm.verify(putRequestedFor(urlEqualTo("/v1/customers/" + CID + "/profiles/billing"))
        .withHeader("If-Match", absent()));
  }

  @Test
  void companyProfile_get_readsDomain() {
    wm.stubFor(get("/v1/customers/" + CID + "/profiles/company").willReturn(okJson(
        "{\"tenantId\":\"" + CID + "\",\"domain\":\"wingtiptoys.onmicrosoft.com\",\"companyName\":\"Wingtip Toys\"}")));

    CompanyProfile p = client.customers().companyProfile(CID);

    assertThat(p.domain()).contains("wingtiptoys.onmicrosoft.com");
    assertThat(p.tenantId()).contains(CID);
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/profiles/company"))));
  }

  @Test
  void relationshipRequest_get_readsInvitationUrl() {
    wm.stubFor(get("/v1/customers/relationshiprequests").willReturn(okJson(
        "{\"url\":\"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=6f1b\","
            + "\"attributes\":{\"objectType\":\"CustomerRelationshipRequest\"}}")));

    assertThat(client.customers().relationshipRequest().url()).hasValueSatisfying(u -> assertThat(u)
        .contains("invType=ResellerRelationship"));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/relationshiprequests"))));
  }

  @Test
  void agreements_list_readsAcceptedAgreements() {
    wm.stubFor(get("/v1/customers/" + CID + "/agreements").willReturn(okJson(collection(null, null,
        fixture("agreement.json")))));

    List<CustomerAgreement> list = client.customers().agreements(CID).stream().collect(Collectors.toList());

    assertThat(list).singleElement().satisfies(a -> {
      assertThat(a.type()).contains(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT);
      assertThat(a.primaryContact().flatMap(AgreementContact::email)).contains("gena@wingtiptoys.com");
    });
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/agreements"))));
  }

  @Test
  void agreements_ofOneType_sendAgreementTypeInPartnerCenterSpelling() {
    String url = "/v1/customers/" + CID + "/agreements?agreementType=MicrosoftCustomerAgreement";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("agreement.json")))));

    List<CustomerAgreement> list = client.customers().agreements(CID, AgreementType.of("microsoft-customer-agreement"))
        .stream().collect(Collectors.toList());

    assertThat(list).singleElement().satisfies(a -> assertThat(a.type().orElseThrow().isKnown()).isTrue());
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
    assertThatThrownBy(() -> client.customers().agreements(CID, (AgreementType) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("type"));
    assertThatThrownBy(() -> client.customers().agreements(CID, AgreementType.of("a&b=c")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("type");
          assertThat(e.rule()).contains("letters and digits");
        });
  }

  @Test
  void createAgreement_valid_postsAgreement() {
    wm.stubFor(post("/v1/customers/" + CID + "/agreements").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("agreement.json"))));
    CustomerAgreement a = CustomerAgreement.builder()
        .primaryContact(AgreementContact.builder().firstName("Gena").lastName("Soto").email("gena@wingtiptoys.com")
            .build())
        .dateAgreed(OffsetDateTime.parse("2024-03-18T00:00:00Z")).type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)
        .templateId("117a77b0-9360-443b-8795-c6dedc750cf9").build();

    CustomerAgreement created = client.customers().createAgreement(CID, a);

    assertThat(created.userId()).contains("a6c2e0a1-8d1e-4e38-9e87-3e7c5f6b7a12");
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/customers/" + CID + "/agreements")))
        .withRequestBody(equalToJson("{\"primaryContact\":{\"firstName\":\"Gena\",\"lastName\":\"Soto\","
            + "\"email\":\"gena@wingtiptoys.com\"},\"dateAgreed\":\"2024-03-18T00:00:00Z\","
            + "\"type\":\"MicrosoftCustomerAgreement\",\"templateId\":\"117a77b0-9360-443b-8795-c6dedc750cf9\"}")));
  }

  @Test
  void createAgreement_contactWithoutName_sendsNothing() {
    CustomerAgreement a = CustomerAgreement.builder().type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)
        .templateId("117a77b0-9360-443b-8795-c6dedc750cf9").dateAgreed(OffsetDateTime.parse("2024-03-18T00:00:00Z"))
        .primaryContact(AgreementContact.builder().lastName("Soto").email("gena@wingtiptoys.com").build()).build();

    assertThatThrownBy(() -> client.customers().createAgreement(CID, a))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("agreement.primaryContact.firstName"));
    assertNothingSent(wm);
  }

  @Test
  void create_retriedAfter503_sendsTheSameRequestIdOnEveryAttempt() {
    wm.stubFor(post("/v1/customers").inScenario("retry").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post("/v1/customers").inScenario("retry").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(fixture("customer.json"))));

    Customer created = client.customers().create(validNewCustomer());

    assertThat(created.id()).isEqualTo(CID);
    List<String> ids = wm.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("MS-RequestId"))
        .distinct().collect(Collectors.toList());
    assertThat(wm.getAllServeEvents()).hasSize(2);
    assertThat(ids).hasSize(1);
  }

  @Test
  void createAgreement_withoutTemplateId_sendsNothing() {
    CustomerAgreement a = CustomerAgreement.builder().type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)
        .dateAgreed(OffsetDateTime.parse("2024-03-18T00:00:00Z"))
        .primaryContact(AgreementContact.builder().firstName("Gena").lastName("Soto").email("gena@wingtiptoys.com")
            .build()).build();

    assertThatThrownBy(() -> client.customers().createAgreement(CID, a))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("agreement.templateId"));
    assertNothingSent(wm);
  }
}
