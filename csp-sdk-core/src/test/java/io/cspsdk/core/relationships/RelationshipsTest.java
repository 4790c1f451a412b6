package io.cspsdk.core.relationships;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.PartnerRelationshipType;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RelationshipsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String CUSTOMER = "c501c3c4-d776-40ef-9ecf-9cefb59442c1";
  /** Microsoft's example answer of "Retrieve a list of indirect resellers". */
  static final String RESELLERS = "{\"totalCount\":2,\"items\":[{\"id\":\"484e548c-f5f3-4528-93a9-c16c6373cb59\","
      + "\"name\":\"First Up Consultants\",\"relationshipType\":\"is_indirect_cloud_solution_provider_of\","
      + "\"state\":\"Active\",\"mpnId\":\"4847383\",\"location\":\"US\",\"attributes\":{\"objectType\":"
      + "\"PartnerRelationship\"}},{\"id\":\"b01b1487-b36e-4e6d-9b5e-0b58974c4b28\",\"name\":\"ReleCloud\","
      + "\"relationshipType\":\"is_indirect_cloud_solution_provider_of\",\"state\":\"Active\",\"mpnId\":\"4847433\","
      + "\"location\":\"BR\",\"attributes\":{\"objectType\":\"PartnerRelationship\"}}],"
      + "\"attributes\":{\"objectType\":\"Collection\"}}";

  private PartnerCenterClient client;

  @BeforeEach
  void setUp() {
    FakeClock clock = new FakeClock();
    client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void indirectResellers_sendsProviderRelationshipType_andReadsTenantMpnNameState() {
    wm.stubFor(get(urlEqualTo("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf"))
        .willReturn(okJson(RESELLERS)));

    List<PartnerRelationship> all = client.relationships().indirectResellers().stream().toList();

    assertThat(all).hasSize(2);
    PartnerRelationship first = all.get(0);
    assertThat(first.id()).isEqualTo("484e548c-f5f3-4528-93a9-c16c6373cb59");
    assertThat(first.name()).contains("First Up Consultants");
    assertThat(first.mpnId()).contains("4847383");
    assertThat(first.state()).contains("Active");
    assertThat(first.location()).contains("US");
    assertThat(first.relationshipType()).contains(PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF);
    assertThat(PartnerRelationshipType.of("IsIndirectCloudSolutionProviderOf"))
        .isEqualTo(PartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF);
  }

  @Test
  void indirectProviders_sendsResellerRelationshipType() {
    wm.stubFor(get(urlPathEqualTo("/v1/relationships")).willReturn(okJson(
        "{\"totalCount\":0,\"items\":[],\"attributes\":{\"objectType\":\"Collection\"}}")));

    assertThat(client.relationships().indirectProviders().stream().toList()).isEmpty();

    wm.verify(getRequestedFor(urlEqualTo("/v1/relationships?relationship_type=IsIndirectResellerOf")));
  }

  @Test
  void ofCustomer_readsRelationshipsWithoutState() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CUSTOMER + "/relationships")).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"484e548c-f5f3-4528-93a9-c16c6373cb59\",\"name\":"
            + "\"First Up Consultants\",\"relationshipType\":\"is_indirect_cloud_solution_provider_of\","
            + "\"mpnId\":\"4847383\",\"attributes\":{\"objectType\":\"PartnerRelationship\"}}],"
            + "\"attributes\":{\"objectType\":\"Collection\"}}")));

    List<PartnerRelationship> all = client.relationships().ofCustomer(CUSTOMER).stream().toList();

    assertThat(all).singleElement().satisfies(r -> {
      assertThat(r.mpnId()).contains("4847383");
      assertThat(r.state()).isEmpty();
    });
  }

  @Test
  void ofCustomer_nullBody_isEmpty() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CUSTOMER + "/relationships"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null")));

    assertThat(client.relationships().ofCustomer(CUSTOMER).stream().toList()).isEmpty();
  }

  @Test
  void customersOf_sendsIndirectResellerFilter() {
    wm.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"" + CUSTOMER + "\",\"companyProfile\":{\"companyName\":\"X\"}}],"
            + "\"attributes\":{\"objectType\":\"Collection\"}}")));

    List<Customer> all = client.relationships().customersOf("484e548c-f5f3-4528-93a9-c16c6373cb59").stream().toList();

    assertThat(all).extracting(Customer::id).containsExactly(CUSTOMER);
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/customers")).withQueryParam("filter", equalTo(
        "{\"Field\":\"IndirectReseller\",\"Value\":\"484e548c-f5f3-4528-93a9-c16c6373cb59\","
            + "\"Operator\":\"starts_with\"}")));
  }

  @Test
  void subscriptionsOf_sendsMpnId_andReadsPartnerId() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CUSTOMER + "/subscriptions?mpn_id=4847383")).willReturn(okJson(
        "{\"totalCount\":1,\"items\":[{\"id\":\"s1\",\"offerId\":\"o1\",\"status\":\"active\",\"billingCycle\":\"monthly\",\"quantity\":3,\"partnerId\":\"4847383\"}],"
            + "\"attributes\":{\"objectType\":\"Collection\"}}")));

    List<Subscription> all = client.relationships().subscriptionsOf(CUSTOMER, "4847383").stream().toList();

    assertThat(all).singleElement().satisfies(s -> assertThat(s.partnerId()).contains("4847383"));
  }

  @Test
  void subscriptionsOf_blankMpnId_isRefusedNamingTheField() {
    assertThatThrownBy(() -> client.relationships().subscriptionsOf(CUSTOMER, " "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("resellerMpnId");
  }

  @Test
  void orderLineItem_partnerIdOnRecord_roundTrips() throws Exception {
    OrderLineItem li = OrderLineItem.builder().offerId("CFQ7TTC0LH18:0001:P1Y").quantity(2)
        .partnerIdOnRecord("4847383").build();

    String json = Json.mapper().writeValueAsString(li);

    assertThat(json).contains("\"partnerIdOnRecord\":\"4847383\"");
    assertThat(Json.mapper().readValue(json, OrderLineItem.class).partnerIdOnRecord()).contains("4847383");
  }
}
