package io.cspsdk.core.licenses;


import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.LicenseAssignment;
import io.cspsdk.core.model.LicenseUpdate;
import io.cspsdk.core.model.ProductSku;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicensesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String CUSTOMER = "0c39d6d5-c70d-4c55-bc02-f620844f3fd1";
  static final String BASE = "/v1/customers/" + CUSTOMER;
  static final String USER = "4b10bf41-ab11-40e3-8c53-cd67849b50ef";
  static final String UPDATES = BASE + "/users/" + USER + "/licenseupdates";
  static final String M365 = "f245ecc8-75af-4f8e-b61f-27d8114de5f3";
  static final String EMS = "efccb6f7-5641-4e0e-bd10-b4976e1bf68e";

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;
  private Licenses licenses;

  @BeforeEach
  void setUp() {
    client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));
    licenses = client.licenses(CUSTOMER);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static RequestPatternBuilder partnerCenter(RequestPatternBuilder r) {
    return r.withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("MS-Contract-Version", equalTo("v1"))
        .withHeader("MS-RequestId", matching("[0-9a-f-]{36}"));
  }

  private List<SubscribedSku> stubSkus() {
    wm.stubFor(get(urlEqualTo(BASE + "/subscribedskus")).willReturn(okJson(Fixtures.text("subscribed-skus.json"))));
    return licenses.subscribedSkus().stream().toList();
  }

  @Test
  void subscribedSkus_beforeIteration_sendsNothing() {
    wm.stubFor(get(urlEqualTo(BASE + "/subscribedskus")).willReturn(okJson(Fixtures.text("subscribed-skus.json"))));

    PagedIterable<SubscribedSku> skus = licenses.subscribedSkus();

    wm.verify(0, anyRequestedFor(anyUrl()));
    assertThat(skus.byPage()).singleElement().satisfies(p -> assertThat(p.items()).hasSize(2));
  }

  @Test
  void subscribedSkus_readsTheCollection() {
    List<SubscribedSku> skus = stubSkus();

    assertThat(skus).hasSize(2);
    assertThat(skus.get(0).availableUnits()).contains(12);
    assertThat(skus.get(1).productSku().flatMap(ProductSku::skuPartNumber)).contains("EMS");
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(BASE + "/subscribedskus"))));
  }

  @Test
  void userLicenses_readsTheUsersLicences() {
    wm.stubFor(get(urlEqualTo(BASE + "/users/" + USER + "/licenses"))
        .willReturn(okJson(Fixtures.text("user-licenses.json"))));

    List<License> mine = licenses.userLicenses(USER, RequestOptions.builder().correlationId("c-lic").build())
        .stream().toList();

    assertThat(mine).singleElement().satisfies(l -> assertThat(l.productSku().flatMap(ProductSku::id))
        .contains(M365));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(BASE + "/users/" + USER + "/licenses")))
        .withHeader("MS-CorrelationId", equalTo("c-lic")));
  }

  @Test
  void licenceGroups_areSentAsRepeatedQueryParameters() {
    wm.stubFor(get(urlEqualTo(BASE + "/subscribedskus?licenseGroupIds=Group1&licenseGroupIds=Group2"))
        .willReturn(okJson(Fixtures.text("subscribed-skus.json"))));
    wm.stubFor(get(urlEqualTo(BASE + "/users/" + USER + "/licenses?licenseGroupIds=Group2"))
        .willReturn(okJson("{\"totalCount\":0,\"items\":[]}")));

    assertThat(licenses.subscribedSkus(List.of("Group1", "Group2"), RequestOptions.none())).hasSize(2);
    assertThat(licenses.userLicenses(USER, List.of("Group2"), RequestOptions.none())).isEmpty();
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(BASE
        + "/subscribedskus?licenseGroupIds=Group1&licenseGroupIds=Group2"))));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(BASE + "/users/" + USER + "/licenses?licenseGroupIds=Group2"))));
    assertRefused(() -> licenses.subscribedSkus(List.of("Group 1"), RequestOptions.none()), "licenseGroupIds[0]",
        "licence group");
  }

  @Test
  void update_postsAssignAndRemove_andReadsWarningsFrom201() {
    wm.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.text("license-update-response.json"))));

    LicenseUpdate answer = licenses.update(USER, LicenseUpdate.builder()
        .addLicensesToAssign(LicenseAssignment.builder().skuId(M365)
            .addExcludedPlans("9aaf7827-d63c-4b61-89c3-182f06f82e5c").build())
        .addLicensesToRemove(EMS)
        .build());

    assertThat(answer.licenseWarnings()).singleElement().satisfies(w ->
        assertThat(w.servicePlans()).containsExactly("SHAREPOINTSTANDARD"));
    wm.verify(partnerCenter(postRequestedFor(urlEqualTo(UPDATES)))
        .withRequestBody(equalToJson("{\"licensesToAssign\":[{\"skuId\":\"" + M365 + "\",\"excludedPlans\":"
            + "[\"9aaf7827-d63c-4b61-89c3-182f06f82e5c\"]}],\"licensesToRemove\":[\"" + EMS + "\"]}")));
  }

  @Test
  void assignAndRemove_sendOnlyTheirList() {
    wm.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"licenseWarnings\":[]}")));

    licenses.assign(USER, M365);
    licenses.remove(USER, EMS);

    wm.verify(postRequestedFor(urlEqualTo(UPDATES))
        .withRequestBody(equalToJson("{\"licensesToAssign\":[{\"skuId\":\"" + M365 + "\",\"excludedPlans\":[]}]}")));
    wm.verify(postRequestedFor(urlEqualTo(UPDATES))
        .withRequestBody(equalToJson("{\"licensesToRemove\":[\"" + EMS + "\"]}")));
  }

  @Test
  void update_outOfLicences_surfacesPartnerCenterCode60012() {
    wm.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":60012,\"description\":\"Not enough licenses available\",\"source\":\"PartnerFD\"}")));

    assertThatThrownBy(() -> licenses.assign(USER, M365)).isInstanceOfSatisfying(BadRequestException.class,
        e -> assertThat(e.errorCode()).contains("60012"));
  }

  @Test
  void update_checkedAgainstKnownSkus_sendsWhenValid() {
    List<SubscribedSku> skus = stubSkus();
    wm.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));

    licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(M365))
        .addLicensesToRemove(EMS).build(), skus);

    wm.verify(1, postRequestedFor(urlEqualTo(UPDATES)));
  }

  @Test
  void update_checkedAgainstTheLazyListingItself_fetchesSkusOnceThenSends() {
    wm.stubFor(get(urlEqualTo(BASE + "/subscribedskus")).willReturn(okJson(Fixtures.text("subscribed-skus.json"))));
    wm.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));

    licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(M365)).build(),
        licenses.subscribedSkus());

    wm.verify(1, getRequestedFor(urlEqualTo(BASE + "/subscribedskus")));
    wm.verify(1, postRequestedFor(urlEqualTo(UPDATES)));
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(EMS))
        .build(), licenses.subscribedSkus()), "licensesToAssign[0].skuId", "no available units");
    wm.verify(1, postRequestedFor(urlEqualTo(UPDATES)));
  }

  @Test
  void update_badInput_isRefusedBeforeSending() {
    List<SubscribedSku> skus = stubSkus();
    SubscribedSku minecraft = SubscribedSku.builder().availableUnits(3).productSku(ProductSku.builder()
        .id("minecraft-sku").licenseGroupId("Group2").build()).build();
    List<SubscribedSku> withMinecraft = List.of(skus.get(0), skus.get(1), minecraft);

    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().build()), "update", "at least one");
    assertRefused(() -> licenses.update(USER, null), "update", "required");
    assertRefused(() -> licenses.assign(USER, " "), "licensesToAssign[0].skuId", "required");
    assertRefused(() -> licenses.remove(USER, null), "licensesToRemove[0]", "required");
    assertRefused(() -> licenses.assign(" ", M365), "userId", "required");
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(M365))
        .addLicensesToRemove(M365).build()), "licensesToRemove[0]", "more than once");
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(M365),
        LicenseAssignment.of(M365)).build()), "licensesToAssign[1].skuId", "more than once");
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(M365),
        LicenseAssignment.of("minecraft-sku")).build(), withMinecraft), "licensesToAssign[1].skuId",
        "one licence group");
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of("zzz"))
        .build(), skus), "licensesToAssign[0].skuId", "not one of the customer's SKUs");
    assertRefused(() -> licenses.update(USER, LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(EMS))
        .build(), skus), "licensesToAssign[0].skuId", "no available units");
    assertRefused(() -> client.licenses(null), "customerId", "required");

    wm.verify(0, postRequestedFor(anyUrl()));
    wm.verify(1, anyRequestedFor(anyUrl()));
  }

  private static void assertRefused(Runnable call, String field, String rule) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).contains(rule);
    });
  }
}
