package io.cspsdk.core.users;


import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.PasswordProfile;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import io.cspsdk.core.model.UserState;
import io.cspsdk.core.testing.CapturingLogs;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String CUSTOMER = "0c39d6d5-c70d-4c55-bc02-f620844f3fd1";
  static final String USERS = "/v1/customers/" + CUSTOMER + "/users";
  static final String USER_ID = "4b10bf41-ab11-40e3-8c53-cd67849b50ef";

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;
  private Users users;

  @BeforeEach
  void setUp() {
    client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));
    users = client.users(CUSTOMER);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static RequestPatternBuilder partnerCenter(RequestPatternBuilder r) {
    return r.withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("MS-Contract-Version", equalTo("v1"))
        .withHeader("MS-RequestId", matching("[0-9a-f-]{36}"));
  }

  private static String page(String items, String nextUri, String token) {
    String next = nextUri == null ? "" : ",\"next\":{\"uri\":\"" + nextUri + "\",\"method\":\"GET\",\"headers\":"
        + "[{\"key\":\"MS-ContinuationToken\",\"value\":\"" + token + "\"}]}";
    return "{\"totalCount\":3,\"items\":[" + items + "],\"links\":{\"self\":{\"uri\":\"/x\",\"method\":\"GET\","
        + "\"headers\":[]}" + next + "},\"attributes\":{\"objectType\":\"Collection\"}}";
  }

  @Test
  void list_followsSeekPagingWithContinuationHeader() {
    wm.stubFor(get(urlEqualTo(USERS + "?size=500")).willReturn(okJson(page(
        "{\"id\":\"u1\",\"userPrincipalName\":\"u1@c.example\",\"state\":\"active\"},{\"id\":\"u2\",\"userPrincipalName\":\"u2@c.example\",\"state\":\"active\"}",
        "/customers/" + CUSTOMER + "/users?size=500&seekOperation=Next", "tok-2"))));
    wm.stubFor(get(urlEqualTo(USERS + "?size=500&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("tok-2"))
        .willReturn(okJson(page("{\"id\":\"u3\",\"userPrincipalName\":\"u3@c.example\",\"state\":\"active\"}", null, null))));

    List<User> all = users.list().stream().collect(Collectors.toList());

    assertThat(all).extracting(u -> u.id()).containsExactly("u1", "u2", "u3");
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(USERS + "?size=500"))));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(USERS + "?size=500&seekOperation=Next"))
        .withHeader("MS-ContinuationToken", equalTo("tok-2"))));
  }

  @Test
  void listDeleted_sendsUserStateInactiveFilter_andParsesDeletionTime() {
    wm.stubFor(get(urlPathEqualTo(USERS)).willReturn(okJson(page(Fixtures.text("user-deleted.json"), null, null))));

    List<User> deleted = users.listDeleted(RequestOptions.builder().correlationId("corr-del").build())
        .stream().collect(Collectors.toList());

    assertThat(deleted).singleElement().satisfies(u -> {
      assertThat(u.state()).contains(UserState.INACTIVE);
      assertThat(u.softDeletionTime()).isPresent();
    });
    wm.verify(partnerCenter(getRequestedFor(urlPathEqualTo(USERS))
        .withQueryParam("size", equalTo("500"))
        .withQueryParam("filter", equalToJson("{\"Field\":\"UserState\",\"Value\":\"Inactive\","
            + "\"Operator\":\"equals\"}"))
        .withHeader("MS-CorrelationId", equalTo("corr-del"))));
  }

  @Test
  void get_readsUser() {
    wm.stubFor(get(urlEqualTo(USERS + "/" + USER_ID)).willReturn(okJson(Fixtures.text("user.json"))));

    User u = users.get(USER_ID);

    assertThat(u.displayName()).contains("Ferdinand Filibuster");
    assertThat(u.state()).contains(UserState.ACTIVE);
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(USERS + "/" + USER_ID))));
  }

  @Test
  void get_idWithReservedCharacters_isEncodedAsOneSegment() {
    wm.stubFor(get(urlEqualTo(USERS + "/a%2Fb%3Fc")).willReturn(okJson("{\"id\":\"a/b?c\",\"userPrincipalName\":\"x@c.example\"}")));

    assertThat(users.get("a/b?c").id()).isEqualTo("a/b?c");
  }

  @Test
  void get_unknownUser_throwsNotFoundWithPartnerCenterCode() {
    wm.stubFor(get(urlEqualTo(USERS + "/nope")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":60002,\"description\":\"User not found\",\"source\":\"PartnerFD\"}")));

    assertThatThrownBy(() -> users.get("nope")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.errorCode()).contains("60002"));
  }

  @Test
  void get_malformedField_throwsResponseParseExceptionNamingThePath() {
    wm.stubFor(get(urlEqualTo(USERS + "/bad")).willReturn(okJson(
        "{\"id\":\"bad\",\"softDeletionTime\":\"yesterday-ish\"}")));

    assertThatThrownBy(() -> users.get("bad")).isInstanceOfSatisfying(ResponseParseException.class, e -> {
      assertThat(e.path()).isEqualTo("softDeletionTime");
      assertThat(e.getMessage()).doesNotContain("yesterday-ish");
    });
  }

  @Test
  void create_postsUserWithPasswordProfile_andReadsCreatedUser() {
    wm.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"new-id\",\"userPrincipalName\":\"jane@contoso.onmicrosoft.com\",\"displayName\":"
            + "\"Jane Doe\",\"usageLocation\":\"US\",\"state\":\"active\",\"passwordProfile\":null}")));

    User created = users.create(NewUser.builder().userPrincipalName("jane@contoso.onmicrosoft.com")
        .displayName("Jane Doe").firstName("Jane").lastName("Doe").usageLocation("us").password("Passw0rd!")
        .build(), RequestOptions.builder().requestId("11111111-2222-3333-4444-555555555555").build());

    assertThat(created.id()).isEqualTo("new-id");
    assertThat(created.passwordProfile()).isEmpty();
    wm.verify(partnerCenter(postRequestedFor(urlEqualTo(USERS)))
        .withHeader("MS-RequestId", equalTo("11111111-2222-3333-4444-555555555555"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("{\"userPrincipalName\":\"jane@contoso.onmicrosoft.com\",\"firstName\":\"Jane\","
            + "\"lastName\":\"Doe\",\"displayName\":\"Jane Doe\",\"usageLocation\":\"US\","
            + "\"passwordProfile\":{\"password\":\"Passw0rd!\",\"forceChangePassword\":true}}")));
  }

  @Test
  void createAndResetPassword_neverLogThePassword() {
    wm.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"new-id\",\"userPrincipalName\":\"jane@contoso.onmicrosoft.com\"}")));
    wm.stubFor(patch(urlEqualTo(USERS + "/new-id")).willReturn(okJson(
        "{\"id\":\"new-id\",\"userPrincipalName\":\"jane@contoso.onmicrosoft.com\"}")));

    CapturingLogs.start();
    List<String> logs;
    try {
      users.create(NewUser.builder().userPrincipalName("jane@contoso.onmicrosoft.com").displayName("Jane")
          .usageLocation("US").password("Very-Secret-42").build());
      users.resetPassword("new-id", "Other-Secret-43", true);
    } finally {
      logs = CapturingLogs.stop();
    }
    assertThat(logs).isNotEmpty()
        .noneMatch(line -> line.contains("Very-Secret-42") || line.contains("Other-Secret-43"));
  }

  @Test
  void update_patchesOnlyTheGivenFields() {
    wm.stubFor(patch(urlEqualTo(USERS + "/" + USER_ID)).willReturn(okJson(Fixtures.text("user.json"))));

    User updated = users.update(USER_ID, UserUpdate.builder().displayName("Ferdinand Filibuster")
        .usageLocation("US").build());

    assertThat(updated.id()).isEqualTo(USER_ID);
    wm.verify(partnerCenter(patchRequestedFor(urlEqualTo(USERS + "/" + USER_ID)))
        .withRequestBody(equalToJson("{\"displayName\":\"Ferdinand Filibuster\",\"usageLocation\":\"US\"}")));
  }

  @Test
  void delete_sendsDelete_andAccepts204() {
    wm.stubFor(delete(urlEqualTo(USERS + "/" + USER_ID)).willReturn(aResponse().withStatus(204)));

    users.delete(USER_ID);

    wm.verify(partnerCenter(deleteRequestedFor(urlEqualTo(USERS + "/" + USER_ID))));
  }

  @Test
  void restore_patchesStateActive() {
    wm.stubFor(patch(urlEqualTo(USERS + "/" + USER_ID)).willReturn(okJson(Fixtures.text("user.json"))));

    User restored = users.restore(USER_ID);

    assertThat(restored.state()).contains(UserState.ACTIVE);
    wm.verify(partnerCenter(patchRequestedFor(urlEqualTo(USERS + "/" + USER_ID)))
        .withRequestBody(equalToJson("{\"state\":\"active\"}")));
  }

  @Test
  void resetPassword_patchesPasswordProfileOnly() {
    wm.stubFor(patch(urlEqualTo(USERS + "/" + USER_ID)).willReturn(okJson(Fixtures.text("user.json"))));

    users.resetPassword(USER_ID, "N3w-Passw0rd", false);

    wm.verify(partnerCenter(patchRequestedFor(urlEqualTo(USERS + "/" + USER_ID)))
        .withRequestBody(equalToJson("{\"passwordProfile\":{\"password\":\"N3w-Passw0rd\","
            + "\"forceChangePassword\":false}}")));
  }

  @Test
  void badInput_isRefusedBeforeAnythingIsSent() {
    assertField(() -> users.get(" "), "userId");
    assertField(() -> users.delete(null), "userId");
    assertField(() -> users.restore(""), "userId");
    assertField(() -> users.resetPassword(USER_ID, "weakpassword", true), "password");
    assertField(() -> users.resetPassword(" ", "Passw0rd!", true), "userId");
    assertField(() -> users.update(" ", UserUpdate.builder().displayName("x").build()), "userId");
    assertField(() -> users.update(USER_ID, UserUpdate.builder().usageLocation("USA").build()), "usageLocation");
    assertField(() -> users.update(USER_ID, UserUpdate.builder().userPrincipalName("not-an-email").build()),
        "userPrincipalName");
    assertField(() -> users.update(USER_ID, UserUpdate.builder().build()), "update");
    assertField(() -> users.update(USER_ID, null), "update");
    assertField(() -> users.create(null), "user");
    assertField(() -> client.users(" "), "customerId");

    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
