package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.model.Transition;
import io.cspsdk.core.model.TransitionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subscription changes with their response metadata: the accepting answer's status, headers and ids, the final
 * subscription as the value, whether Partner Center applied the change at once (200) or accepted it (202 + Location,
 * then polled), and the one request id of the change across retries.
 */
class SubscriptionWriteResponseTest extends WireMockApiTest {
  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  private static final String SID = "a4c1340b-6ce3-4a8b-b6d0-1f1e8d5c3a21";
  private static final String PATH = "/v1/customers/" + CID + "/subscriptions/" + SID;

  private static String withField(String field, Object value) throws Exception {
    ObjectNode s = (ObjectNode) Json.mapper().readTree(fixture("subscription.json"));
    s.set(field, Json.mapper().valueToTree(value));
    return Json.mapper().writeValueAsString(s);
  }

  @Test
  void changeQuantityWithResponse_applied200_carriesThePatchAnswersMetadata() throws Exception {
    wm.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(fixture("subscription.json"))));
    wm.stubFor(patch(urlEqualTo(PATH)).willReturn(okJson(withField("quantity", 15))
        .withHeader("ETag", "W/\"v8\"").withHeader("X-Trace", "t-1")));

    Response<Subscription> response = client.subscriptions(CID).changeQuantityWithResponse(SID, 15,
        RequestOptions.builder().correlationId("audit-seat-change").build());

    assertThat(response.value().quantity()).isEqualTo(15);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("x-trace")).contains("t-1");
    assertThat(response.etag()).hasValueSatisfying(e -> assertThat(e).startsWith("W/\"v8"));
    assertThat(response.header("Location")).isEmpty();
    assertThat(response.correlationId()).isEqualTo("audit-seat-change");
    LoggedRequest sent = onlyOne(wm.findAll(patchRequestedFor(urlEqualTo(PATH))));
    assertThat(sent.getHeader("MS-RequestId")).isEqualTo(response.requestId());
    assertThat(sent.getHeader("MS-CorrelationId")).isEqualTo("audit-seat-change");
    LoggedRequest read = onlyOne(wm.findAll(getRequestedFor(urlEqualTo(PATH))));
    assertThat(read.getHeader("MS-RequestId")).isNotEqualTo(response.requestId());
  }

  @Test
  void setAutoRenewWithResponse_accepted202_carriesTheAcceptingAnswerAndThePolledSubscription() throws Exception {
    String op = PATH + "/operations/op-7";
    wm.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(fixture("subscription.json"))));
    wm.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202).withHeader("Location", op)
        .withHeader("Retry-After", "2")));
    wm.stubFor(get(urlEqualTo(op)).inScenario("op").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(202).withHeader("Location", op).withHeader("Retry-After", "3"))
        .willSetStateTo("done"));
    wm.stubFor(get(urlEqualTo(op)).inScenario("op").whenScenarioStateIs("done")
        .willReturn(okJson(withField("autoRenewEnabled", false)).withHeader("ETag", "W/\"poll\"")));

    Response<Subscription> response = client.subscriptions(CID).setAutoRenewWithResponse(SID, false,
        RequestOptions.none());

    assertThat(response.value().autoRenewEnabled()).isFalse();
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.header("Location")).contains(op);
    assertThat(response.header("Retry-After")).contains("2");
    assertThat(response.etag()).isEmpty();
    LoggedRequest sent = onlyOne(wm.findAll(patchRequestedFor(urlEqualTo(PATH))));
    assertThat(sent.getHeader("MS-RequestId")).isEqualTo(response.requestId());
    assertThat(wm.findAll(getRequestedFor(urlEqualTo(op)))).hasSize(2)
        .allSatisfy(poll -> assertThat(poll.getHeader("MS-RequestId")).isNotEqualTo(response.requestId()));
    assertThat(response.correlationId()).isEqualTo(sent.getHeader("MS-CorrelationId"));
  }

  @Test
  void suspendWithResponse_afterARetry_keepsTheOneRequestIdOfTheChange() throws Exception {
    wm.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(fixture("subscription.json"))));
    wm.stubFor(patch(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(patch(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs("up")
        .willReturn(okJson(withField("status", "suspended"))));

    Response<Subscription> response = client.subscriptions(CID).suspendWithResponse(SID,
        RequestOptions.builder().requestId("suspend-req-1").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("suspend-req-1");
    wm.verify(2, patchRequestedFor(urlEqualTo(PATH)).withHeader("MS-RequestId", equalTo("suspend-req-1")));
  }

  @Test
  void transitionWithResponse_created_carriesStatusAndRequestId() throws Exception {
    wm.stubFor(post(urlEqualTo(PATH + "/transitions")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withHeader("MS-CV", "cv-9")
        .withBody(fixture("transition.json"))));
    Transition request = Transition.builder().toCatalogItemId("CFQ7TTC0LDPB:0001:CFQ7TTC0K8P5").quantity(12)
        .termDuration(TermDuration.P1Y).transitionType(TransitionType.TRANSITION_WITH_LICENSE_TRANSFER).build();

    Response<Transition> response = client.subscriptions(CID).transitionWithResponse(SID, request,
        RequestOptions.builder().correlationId("upgrade-audit").build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.header("MS-CV")).contains("cv-9");
    assertThat(response.value()).isEqualTo(Json.mapper().readValue(fixture("transition.json"), Transition.class));
    LoggedRequest sent = onlyOne(wm.findAll(postRequestedFor(urlEqualTo(PATH + "/transitions"))));
    assertThat(sent.getHeader("MS-RequestId")).isEqualTo(response.requestId());
    assertThat(response.correlationId()).isEqualTo("upgrade-audit");
  }

  private static LoggedRequest onlyOne(List<LoggedRequest> requests) {
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }
}
