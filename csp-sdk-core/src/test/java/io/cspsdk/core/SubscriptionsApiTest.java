package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.NextTermProduct;
import io.cspsdk.core.model.ScheduledNextTermInstructions;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.model.Transition;
import io.cspsdk.core.model.TransitionEligibility;
import io.cspsdk.core.model.TransitionType;
import io.cspsdk.core.subscriptions.EligibilityType;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionsApiTest extends WireMockApiTest {
  private static final String CID = "4a4b2c7e-1f4e-4f5b-9d3c-6a2f3c0f6b11";
  private static final String SID = "a4c1340b-6ce3-4a8b-b6d0-1f1e8d5c3a21";
  private static final String BASE = "/v1/customers/" + CID + "/subscriptions";
  private static final String ETAG = "eyJpZCI6ImE0YzEzNDBiIiwidmVyc2lvbiI6N30=";

  /** The fixture plus a field this SDK does not model and an explicit null, as Partner Center may send. */
  private static String current() throws Exception {
    ObjectNode s = (ObjectNode) Json.mapper().readTree(fixture("subscription.json"));
    s.putObject("futureField").put("x", 1);
    s.putNull("publisherName");
    return Json.mapper().writeValueAsString(s);
  }

  private static String withField(String field, Object value) throws Exception {
    ObjectNode s = (ObjectNode) Json.mapper().readTree(fixture("subscription.json"));
    s.set(field, Json.mapper().valueToTree(value));
    return Json.mapper().writeValueAsString(s);
  }

  private static JsonNode patchBody() throws Exception {
    List<ServeEvent> patches = wm.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals("PATCH")).collect(Collectors.toList());
    assertThat(patches).hasSize(1);
    return Json.mapper().readTree(patches.get(0).getRequest().getBodyAsString());
  }

  private static List<String> methodsInOrder() {
    return wm.getAllServeEvents().stream().sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl()).collect(Collectors.toList());
  }

  @Test
  void list_customerSubscriptions_readsAll() {
    wm.stubFor(get(urlEqualTo(BASE)).willReturn(okJson(collection(null, null, fixture("subscription.json"),
        "{\"id\":\"s2\",\"offerId\":\"o2\",\"billingCycle\":\"annual\",\"status\":\"disabled\",\"quantity\":\"3\"}"))));

    List<Subscription> subs = client.subscriptions(CID).list().stream().collect(Collectors.toList());

    assertThat(subs).extracting(Subscription::id).containsExactly(SID, "s2");
    assertThat(subs.get(1).status()).isEqualTo(SubscriptionStatus.DISABLED);
    assertThat(subs.get(1).quantity()).isEqualTo(3);
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE))));
  }

  @Test
  void listByOrder_sendsOrderIdQuery() {
    wm.stubFor(get(urlEqualTo(BASE + "?order_id=1fd7a3e9b1c0")).willReturn(okJson(collection(null, null,
        fixture("subscription.json")))));

    assertThat(client.subscriptions(CID).listByOrder("1fd7a3e9b1c0")).extracting(Subscription::orderId)
        .containsExactly(java.util.Optional.of("1fd7a3e9b1c0"));
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE + "?order_id=1fd7a3e9b1c0"))));
  }

  @Test
  void get_byId_readsSubscription() {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(fixture("subscription.json"))));

    Subscription s = client.subscriptions(CID).get(SID);

    assertThat(s.etag()).contains(ETAG);
    assertThat(s.refundableQuantity().orElseThrow().details()).hasSize(2);
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE + "/" + SID))));
  }

  @Test
  void addOns_ofSubscription_readsAddOnSubscriptions() {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID + "/addons")).willReturn(okJson(collection(null, null,
        "{\"id\":\"addon-1\",\"offerId\":\"o3\",\"status\":\"active\",\"billingCycle\":\"monthly\",\"parentSubscriptionId\":\"" + SID + "\",\"quantity\":2}"))));

    List<Subscription> addOns = client.subscriptions(CID).addOns(SID).stream().collect(Collectors.toList());

    assertThat(addOns).singleElement().satisfies(a -> assertThat(a.parentSubscriptionId()).contains(SID));
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE + "/" + SID + "/addons"))));
  }

  @Test
  void changeQuantity_readsThenPatchesWholeSubscriptionWithIfMatch() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(withField("quantity", 15))));

    Subscription s = client.subscriptions(CID).changeQuantity(SID, 15,
        RequestOptions.builder().requestId("qty-15").correlationId("flow-1").build());

    assertThat(s.quantity()).isEqualTo(15);
    assertThat(methodsInOrder()).containsExactly("GET " + BASE + "/" + SID, "PATCH " + BASE + "/" + SID);
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE + "/" + SID)))
        .withHeader("MS-RequestId", notMatching("qty-15")).withHeader("MS-CorrelationId", equalTo("flow-1")));
    wm.verify(pc(patchRequestedFor(urlEqualTo(BASE + "/" + SID)))
        .withHeader("If-Match", equalTo(ETAG))
        .withHeader("MS-RequestId", equalTo("qty-15"))
        .withHeader("MS-CorrelationId", equalTo("flow-1"))
        .withHeader("Content-Type", matching("application/json.*")));
    ObjectNode expected = (ObjectNode) Json.mapper().readTree(current());
    expected.put("quantity", 15);
    assertThat(patchBody()).isEqualTo(expected);
  }

  @Test
  void changeQuantity_ifMatchInOptions_winsOverReadEtag() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(withField("quantity", 2))));

    client.subscriptions(CID).changeQuantity(SID, 2, RequestOptions.builder().ifMatch("caller-etag").build());

    wm.verify(patchRequestedFor(urlEqualTo(BASE + "/" + SID)).withHeader("If-Match", equalTo("caller-etag")));
    wm.verify(getRequestedFor(urlEqualTo(BASE + "/" + SID)).withoutHeader("If-Match"));
  }

  @Test
  void changeQuantity_staleEtag_throwsPreconditionFailed() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(aResponse().withStatus(412)
        .withBody("{\"code\":2055,\"description\":\"The etag is no longer valid.\"}")));

    assertThatThrownBy(() -> client.subscriptions(CID).changeQuantity(SID, 4))
        .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.errorCode()).contains("2055"));
  }

  @Test
  void changeQuantity_accepted202_pollsLocationUntilDone() throws Exception {
    String op = "/v1/customers/" + CID + "/subscriptions/" + SID + "/operations/op-1";
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(aResponse().withStatus(202)
        .withHeader("Location", op).withHeader("Retry-After", "3")));
    wm.stubFor(get(urlEqualTo(op)).inScenario("op").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(202).withHeader("Location", op).withHeader("Retry-After", "4"))
        .willSetStateTo("done"));
    wm.stubFor(get(urlEqualTo(op)).inScenario("op").whenScenarioStateIs("done")
        .willReturn(okJson(withField("quantity", 20))));

    Subscription s = client.subscriptions(CID).changeQuantity(SID, 20);

    assertThat(s.quantity()).isEqualTo(20);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
    wm.verify(2, pc(getRequestedFor(urlEqualTo(op))));
  }

  @Test
  void changeQuantity_accepted202NeverFinishing_timesOutAtCallTimeout() throws Exception {
    String op = "/v1/customers/" + CID + "/subscriptions/" + SID + "/operations/op-2";
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(aResponse().withStatus(202)
        .withHeader("Location", op).withHeader("Retry-After", "5")));
    wm.stubFor(get(urlEqualTo(op)).willReturn(aResponse().withStatus(202).withHeader("Location", op)
        .withHeader("Retry-After", "5")));

    assertThatThrownBy(() -> client.subscriptions(CID).changeQuantity(SID, 20,
        RequestOptions.builder().timeout(Duration.ofSeconds(12)).build()))
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
  }

  static Stream<Arguments> singleFieldUpdates() {
    return Stream.<Arguments>of(
        Arguments.of("suspend", (Function<PartnerCenterClient, Subscription>) pc -> pc.subscriptions(CID).suspend(SID),
            "status", "\"suspended\""),
        Arguments.of("reactivate", (Function<PartnerCenterClient, Subscription>) pc ->
            pc.subscriptions(CID).reactivate(SID), "status", "\"active\""),
        Arguments.of("cancel", (Function<PartnerCenterClient, Subscription>) pc -> pc.subscriptions(CID).cancel(SID),
            "status", "\"deleted\""),
        Arguments.of("autoRenew off", (Function<PartnerCenterClient, Subscription>) pc ->
            pc.subscriptions(CID).setAutoRenew(SID, false), "autoRenewEnabled", "false"),
        Arguments.of("friendly name", (Function<PartnerCenterClient, Subscription>) pc ->
            pc.subscriptions(CID).setFriendlyName(SID, "Sales team"), "friendlyName", "\"Sales team\""),
        Arguments.of("clear next term", (Function<PartnerCenterClient, Subscription>) pc ->
            pc.subscriptions(CID).clearScheduledNextTerm(SID), "scheduledNextTermInstructions", "null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFieldUpdates")
  void update_singleField_patchesWholeSubscriptionWithThatFieldChanged(String name,
      Function<PartnerCenterClient, Subscription> call, String field, String json) throws Exception {
    JsonNode value = Json.mapper().readTree(json);
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(withField(field, value))));

    Subscription result = call.apply(client);

    assertThat(result.id()).isEqualTo(SID);
    wm.verify(pc(patchRequestedFor(urlEqualTo(BASE + "/" + SID))).withHeader("If-Match", equalTo(ETAG)));
    ObjectNode expected = (ObjectNode) Json.mapper().readTree(current());
    expected.set(field, value);
    JsonNode sent = patchBody();
    assertThat(sent).isEqualTo(expected);
    assertThat(sent.has(field)).isTrue();
  }

  @Test
  void update_results_parseChangedFields() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(withField("status", "suspended"))));

    assertThat(client.subscriptions(CID).suspend(SID).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
  }

  @Test
  void scheduleNextTerm_autoRenewOn_patchesInstructions() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(current())));
    wm.stubFor(patch(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(fixture("subscription.json"))));
    ScheduledNextTermInstructions next = ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("CFQ7TTC0LDPB").skuId("0001").availabilityId("CFQ7TTC0K8P5")
            .build())
        .quantity(8).build();

    client.subscriptions(CID).scheduleNextTerm(SID, next);

    wm.verify(pc(patchRequestedFor(urlEqualTo(BASE + "/" + SID))).withHeader("If-Match", equalTo(ETAG))
        .withRequestBody(matchingJsonPath("$.scheduledNextTermInstructions", equalToJson(
            "{\"product\":{\"productId\":\"CFQ7TTC0LDPB\",\"skuId\":\"0001\",\"availabilityId\":\"CFQ7TTC0K8P5\"},"
                + "\"quantity\":8}")))
        .withRequestBody(matchingJsonPath("$.quantity", equalTo("12"))));
  }

  @Test
  void scheduleNextTerm_autoRenewOff_refusedAfterReadWithoutPatch() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID)).willReturn(okJson(withField("autoRenewEnabled", false))));
    ScheduledNextTermInstructions next = ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("p").skuId("s").availabilityId("a").build()).quantity(1).build();

    assertThatThrownBy(() -> client.subscriptions(CID).scheduleNextTerm(SID, next))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("autoRenewEnabled"));
    assertThat(methodsInOrder()).containsExactly("GET " + BASE + "/" + SID);
  }

  @Test
  void updates_invalidInput_sendNothing() {
    var subs = client.subscriptions(CID);
    assertThatThrownBy(() -> subs.changeQuantity(SID, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("quantity");
          assertThat(e.rule()).isEqualTo("must be at least 1, was 0");
        });
    assertThatThrownBy(() -> subs.changeQuantity(" ", 3))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("subscriptionId"));
    assertThatThrownBy(() -> subs.setFriendlyName(SID, " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("friendlyName"));
    assertThatThrownBy(() -> subs.suspend(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("subscriptionId"));
    assertThatThrownBy(() -> subs.scheduleNextTerm(SID, ScheduledNextTermInstructions.builder().quantity(2).build()))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("instructions.product"));
    assertThatThrownBy(() -> subs.scheduleNextTerm(SID, ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("p").skuId("s").build()).quantity(2).build()))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("instructions.product.availabilityId"));
    assertThatThrownBy(() -> subs.scheduleNextTerm(SID, ScheduledNextTermInstructions.builder()
        .product(NextTermProduct.builder().productId("p").skuId("s").availabilityId("a").build()).quantity(0).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instructions.quantity"));
    assertThatThrownBy(() -> subs.transition(SID, Transition.builder().quantity(1).build()))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("transition.toCatalogItemId"));
    assertThatThrownBy(() -> subs.transition(SID, Transition.builder().toCatalogItemId("a:b:c").quantity(0).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("transition.quantity"));
    assertThatThrownBy(() -> subs.transitionEligibilities(SID, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eligibilityType"));
    assertThatThrownBy(() -> subs.transitions(SID, " ", RequestOptions.none()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("operationId"));
    assertThatThrownBy(() -> subs.listByOrder(""))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
    assertNothingSent(wm);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(EligibilityType.class)
  void transitionEligibilities_byType_sendsEligibilityTypeAndReadsTargets(EligibilityType type) {
    String url = BASE + "/" + SID + "/transitionEligibilities?eligibilityType=" + type.wireName();
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("transition-eligibility.json")))));

    List<TransitionEligibility> targets = client.subscriptions(CID).transitionEligibilities(SID, type).stream()
        .collect(Collectors.toList());

    assertThat(targets).singleElement().satisfies(t -> {
      assertThat(t.catalogItemId()).contains("CFQ7TTC0LDPB:0001:CFQ7TTC0K8P5");
      assertThat(t.eligibilities().get(0).isEligible()).isTrue();
    });
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void transition_valid_postsTransitionAndReadsResult() {
    wm.stubFor(post(urlEqualTo(BASE + "/" + SID + "/transitions")).willReturn(okJson(fixture("transition.json"))));
    Transition request = Transition.builder().toCatalogItemId("CFQ7TTC0LDPB:0001:CFQ7TTC0K8P5").quantity(12)
        .termDuration(TermDuration.P1Y).transitionType(TransitionType.TRANSITION_WITH_LICENSE_TRANSFER).build();

    Transition result = client.subscriptions(CID).transition(SID, request,
        RequestOptions.builder().requestId("upgrade-1").build());

    assertThat(result.toSubscriptionId()).contains("f2e1d0c9-b8a7-4654-8321-0fedcba98765");
    assertThat(result.events()).singleElement().satisfies(e -> assertThat(e.status()).contains("Complete"));
    wm.verify(pc(postRequestedFor(urlEqualTo(BASE + "/" + SID + "/transitions")))
        .withHeader("MS-RequestId", equalTo("upgrade-1"))
        .withRequestBody(equalToJson("{\"toCatalogItemId\":\"CFQ7TTC0LDPB:0001:CFQ7TTC0K8P5\",\"quantity\":12,"
            + "\"termDuration\":\"P1Y\",\"transitionType\":\"transition_with_license_transfer\"}")));
  }

  @Test
  void transitions_byOperationId_sendsOperationIdQuery() {
    String url = BASE + "/" + SID + "/transitions?operationId=6b8a7c1e-4f3d-4e2b-9a1c-0d9e8f7a6b54";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(collection(null, null, fixture("transition.json")))));
    wm.stubFor(get(urlEqualTo(BASE + "/" + SID + "/transitions")).willReturn(okJson(collection(null, null))));

    List<Transition> one = client.subscriptions(CID).transitions(SID, "6b8a7c1e-4f3d-4e2b-9a1c-0d9e8f7a6b54",
        RequestOptions.none()).stream().collect(Collectors.toList());
    List<Transition> all = client.subscriptions(CID).transitions(SID).stream().collect(Collectors.toList());

    assertThat(one).singleElement().satisfies(t -> assertThat(t.transitionType())
        .contains(TransitionType.TRANSITION_WITH_LICENSE_TRANSFER));
    List<Transition> allTraced = client.subscriptions(CID).transitions(SID,
        RequestOptions.builder().correlationId("upgrade-1").build()).stream().collect(Collectors.toList());

    assertThat(all).isEmpty();
    assertThat(allTraced).isEmpty();
    wm.verify(pc(getRequestedFor(urlEqualTo(url))));
    wm.verify(2, pc(getRequestedFor(urlEqualTo(BASE + "/" + SID + "/transitions"))));
    wm.verify(pc(getRequestedFor(urlEqualTo(BASE + "/" + SID + "/transitions")))
        .withHeader("MS-CorrelationId", equalTo("upgrade-1")));
  }
}
