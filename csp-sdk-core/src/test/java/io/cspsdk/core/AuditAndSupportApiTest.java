package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.audit.AuditFilter;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.AuditOperationType;
import io.cspsdk.core.model.AuditRecord;
import io.cspsdk.core.model.ServiceRequest;
import io.cspsdk.core.model.ServiceRequestNote;
import io.cspsdk.core.model.ServiceRequestSeverity;
import io.cspsdk.core.model.ServiceRequestStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditAndSupportApiTest extends WireMockApiTest {
  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  private static final String SRID = "616122292874576";
  @Test
  void auditRecords_dateRange_seekPagesWithContinuationToken() {
    wm.stubFor(get(urlEqualTo("/v1/auditrecords?startDate=2024-03-01&endDate=2024-03-31&size=100"))
        .willReturn(okJson(collection("/auditrecords?size=100&seekOperation=Next", "audit-tok",
            fixture("audit-record.json")))));
    wm.stubFor(get(urlEqualTo("/v1/auditrecords?size=100&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("audit-tok"))
        .willReturn(okJson(collection(null, null, "{\"id\":\"r2\",\"operationType\":\"create_order\"}"))));

    List<AuditRecord> records = client.auditRecords().list(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))
        .stream().collect(Collectors.toList());

    assertThat(records).extracting(r -> r.operationType().orElseThrow())
        .containsExactly(AuditOperationType.UPDATE_SUBSCRIPTION, AuditOperationType.CREATE_ORDER);
    assertThat(records.get(0).customizedValue("Quantity")).contains("12");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/auditrecords?startDate=2024-03-01&endDate=2024-03-31&size=100"))));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/auditrecords?size=100&seekOperation=Next")))
        .withHeader("MS-ContinuationToken", equalTo("audit-tok")));
  }

  static Stream<Arguments> auditFilters() {
    return Stream.of(
        Arguments.of(AuditFilter.companyNameContains("Wingtip"), "{\"Field\":\"CompanyName\",\"Value\":\"Wingtip\","
            + "\"Operator\":\"substring\"}"),
        Arguments.of(AuditFilter.customerId(CID), "{\"Field\":\"CustomerId\",\"Value\":\"" + CID
            + "\",\"Operator\":\"equals\"}"),
        Arguments.of(AuditFilter.resourceType("subscription"), "{\"Field\":\"ResourceType\",\"Value\":\"subscription\","
            + "\"Operator\":\"equals\"}"));
  }

  @ParameterizedTest
  @MethodSource("auditFilters")
  void auditRecords_withFilter_sendsJsonFilter(AuditFilter filter, String json) {
    wm.stubFor(get(urlPathEqualTo("/v1/auditrecords")).willReturn(okJson(collection(null, null))));

    assertThat(client.auditRecords().list(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), filter)).isEmpty();

    wm.verify(pc(getRequestedFor(urlPathEqualTo("/v1/auditrecords")))
        .withQueryParam("startDate", equalTo("2024-01-01")).withQueryParam("endDate", equalTo("2024-03-31"))
        .withQueryParam("filter", equalTo(json)));
  }

  @Test
  void auditRecords_invalidRange_sendsNothing() {
    assertThatThrownBy(() -> client.auditRecords().list(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("endDate");
          assertThat(e.rule()).contains("before startDate");
        });
    assertThatThrownBy(() -> client.auditRecords().list(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("91 days"));
    assertThatThrownBy(() -> client.auditRecords().list(null, LocalDate.of(2024, 4, 1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    assertThatThrownBy(() -> AuditFilter.customerId(" ")).isInstanceOf(ValidationException.class);
    assertNothingSent(wm);
  }

  @Test
  void auditRecords_exactly90Days_isAllowed() {
    wm.stubFor(get(urlPathEqualTo("/v1/auditrecords")).willReturn(okJson(collection(null, null))));

    assertThat(client.auditRecords().list(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))).isEmpty();
    assertThat(client.auditRecords().list(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
        RequestOptions.builder().correlationId("audit-1").build())).isEmpty();

    wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/auditrecords"))
        .withQueryParam("startDate", equalTo("2024-01-01")).withQueryParam("endDate", equalTo("2024-03-31")));
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/auditrecords")).withHeader("MS-CorrelationId", equalTo("audit-1")));
  }

  @Test
  void serviceRequests_list_readsPartnerRequests() {
    wm.stubFor(get(urlEqualTo("/v1/servicerequests")).willReturn(okJson(collection(null, null,
        fixture("service-request.json")))));

    List<ServiceRequest> list = client.serviceRequests().list().stream().collect(Collectors.toList());

    assertThat(list).singleElement().satisfies(sr -> assertThat(sr.status()).contains(ServiceRequestStatus.OPEN));
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/servicerequests"))));
  }

  @Test
  void serviceRequests_listForCustomer_readsCustomerRequests() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/servicerequests")).willReturn(okJson(collection(null, null,
        "{\"id\":\"1\",\"status\":\"closed\"}"))));

    assertThat(client.serviceRequests().listForCustomer(CID)).extracting(sr -> sr.status().orElseThrow())
        .containsExactly(ServiceRequestStatus.CLOSED);
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/" + CID + "/servicerequests"))));
  }

  @Test
  void serviceRequests_get_readsRequest() {
    wm.stubFor(get(urlEqualTo("/v1/servicerequests/" + SRID)).willReturn(okJson(fixture("service-request.json"))));

    ServiceRequest sr = client.serviceRequests().get(SRID);

    assertThat(sr.notes()).extracting(n -> n.text().orElseThrow()).containsExactly("Screenshots attached.");
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/servicerequests/" + SRID))));
  }

  @Test
  void serviceRequests_create_postsToAgreementLocale() {
    wm.stubFor(post(urlEqualTo("/v1/servicerequests/en-US")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fixture("service-request.json"))));
    ServiceRequest request = ServiceRequest.builder().title("Cannot assign licences")
        .description("Licence assignment fails with an internal error.").severity(ServiceRequestSeverity.MODERATE)
        .supportTopicId("32444671").build();

    ServiceRequest created = client.serviceRequests().create(request, "en-US",
        RequestOptions.builder().requestId("sr-1").build());

    assertThat(created.id()).contains(SRID);
    wm.verify(pc(postRequestedFor(urlEqualTo("/v1/servicerequests/en-US")))
        .withHeader("MS-RequestId", equalTo("sr-1"))
        .withRequestBody(equalToJson("{\"title\":\"Cannot assign licences\",\"description\":"
            + "\"Licence assignment fails with an internal error.\",\"severity\":\"moderate\","
            + "\"supportTopicId\":\"32444671\"}")));
  }

  @Test
  void serviceRequests_createIncomplete_sendsNothing() {
    ServiceRequest noSeverity = ServiceRequest.builder().title("t").description("d").supportTopicId("1").build();
    assertThatThrownBy(() -> client.serviceRequests().create(noSeverity, "en-US"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("request.severity"));
    ServiceRequest ok = noSeverity.toBuilder().severity(ServiceRequestSeverity.MINIMAL).build();
    assertThatThrownBy(() -> client.serviceRequests().create(ok, "en_US/../x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("agreementLocale"));
    assertThatThrownBy(() -> client.serviceRequests().create(ok.toBuilder().title(" ").build(), "en-US"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("request.title"));
    assertThatThrownBy(() -> client.serviceRequests().get(""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("serviceRequestId"));
    assertNothingSent(wm);
  }

  @Test
  void serviceRequests_update_patchesChanges() {
    wm.stubFor(patch(urlEqualTo("/v1/servicerequests/" + SRID)).willReturn(okJson(fixture("service-request.json"))));
    ServiceRequest changes = ServiceRequest.builder()
        .newNote(ServiceRequestNote.builder().text("Still failing after retry.").build()).build();

    ServiceRequest updated = client.serviceRequests().update(SRID, changes);

    assertThat(updated.id()).contains(SRID);
    wm.verify(pc(patchRequestedFor(urlEqualTo("/v1/servicerequests/" + SRID)))
        .withRequestBody(equalToJson("{\"newNote\":{\"text\":\"Still failing after retry.\"}}")));
  }
}
