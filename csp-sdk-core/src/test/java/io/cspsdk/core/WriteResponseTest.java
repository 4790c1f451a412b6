package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.User;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The …WithResponse writes carry the answer's status, headers, ETag and the call's ids (after a retry too). */
class WriteResponseTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String USERS = "/v1/customers/c1/users";
  private final FakeClock clock = new FakeClock();
  private final PartnerCenterClient client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void createWithResponse_user_returnsStatusEtagAndTheIdsSent() {
    wm.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withHeader("ETag", "W/\"v1\"")
        .withHeader("Location", "/customers/c1/users/u1")
        .withBody("{\"id\":\"u1\",\"userPrincipalName\":\"jane@contoso.onmicrosoft.com\"}")));

    Response<User> response = client.users("c1").createWithResponse(NewUser.builder()
        .userPrincipalName("jane@contoso.onmicrosoft.com").displayName("Jane").usageLocation("US")
        .password("Passw0rd!").build(), RequestOptions.builder().correlationId("audit-7").build());

    assertThat(response.value().id()).contains("u1");
    assertThat(response.statusCode()).isEqualTo(201);
    // WireMock's Jetty gzips the answer and marks its ETag so (W/"v1--gzip"); what arrives is passed on as is
    assertThat(response.etag()).hasValueSatisfying(e -> assertThat(e).startsWith("W/\"v1"));
    assertThat(response.header("location")).contains("/customers/c1/users/u1");
    assertThat(response.correlationId()).isEqualTo("audit-7");
    List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo(USERS)));
    assertThat(sent).singleElement()
        .satisfies(r -> assertThat(r.getHeader("MS-RequestId")).isEqualTo(response.requestId()));
    assertThat(response.toString()).doesNotContain("Passw0rd!");
  }

  @Test
  void createWithResponse_afterARetry_keepsTheOneRequestIdOfTheCall() {
    wm.stubFor(post(urlEqualTo(USERS)).inScenario("retry").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post(urlEqualTo(USERS)).inScenario("retry").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"u2\",\"userPrincipalName\":\"joe@contoso.onmicrosoft.com\"}")));

    Response<User> response = client.users("c1").createWithResponse(NewUser.builder()
        .userPrincipalName("joe@contoso.onmicrosoft.com").displayName("Joe").usageLocation("US")
        .password("Passw0rd!").build(), RequestOptions.none());

    assertThat(response.statusCode()).isEqualTo(201);
    wm.verify(2, postRequestedFor(urlEqualTo(USERS)).withHeader("MS-RequestId", equalTo(response.requestId())));
  }
}
