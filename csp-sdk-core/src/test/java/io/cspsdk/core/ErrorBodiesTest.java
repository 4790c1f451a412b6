package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.error.ConflictException;
import io.cspsdk.core.error.ForbiddenException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.error.ThrottledException;
import io.cspsdk.core.error.UnauthorizedException;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.ApiResponse;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorBodiesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final PartnerCenterClient client = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
      .retryOptions(RetryOptions.none()).build();

  @AfterEach
  void tearDown() {
    client.close();
  }

  private PartnerCenterServiceException failure(int status, String body) {
    wm.stubFor(get("/v1/x").willReturn(aResponse().withStatus(status).withBody(body)
        .withHeader("Content-Type", "application/json")));
    try {
      client.raw().get("/x", Map.class);
    } catch (PartnerCenterServiceException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void error_codeAsString_isKept() {
    PartnerCenterServiceException e = failure(409, "{\"code\":\"800060\",\"description\":\"Order in progress\"}");
    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.errorCode()).contains("800060");
    assertThat(e.getMessage()).contains("409", "800060", "Order in progress");
  }

  @Test
  void error_codeAsNumber_isReadAsText() {
    PartnerCenterServiceException e = failure(412, "{\"code\":2055,\"description\":\"etag no longer valid\"}");
    assertThat(e).isInstanceOf(PreconditionFailedException.class);
    assertThat(e.errorCode()).contains("2055");
  }

  @Test
  void error_bareMessage_becomesDescription() {
    PartnerCenterServiceException e = failure(403, "{\"message\":\"Access denied\"}");
    assertThat(e).isInstanceOf(ForbiddenException.class);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.description()).contains("Access denied");
  }

  @Test
  void error_throttlingBody_isThrottledWithRetryAfter() {
    wm.stubFor(get("/v1/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "57")
        .withBody("{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 57 seconds.\"}")));

    assertThatThrownBy(() -> client.raw().get("/x", Map.class)).isInstanceOfSatisfying(ThrottledException.class, e -> {
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(57));
      assertThat(e.description()).hasValueSatisfying(d -> assertThat(d).contains("57 seconds"));
    });
  }

  @Test
  void error_nonJsonBody_keepsStatusAndIds() {
    wm.stubFor(get("/v1/x").willReturn(aResponse().withStatus(401).withHeader("MS-RequestId", "r-1")
        .withBody("<html>nope</html>")));

    assertThatThrownBy(() -> client.raw().get("/x", Map.class)).isInstanceOfSatisfying(UnauthorizedException.class,
        e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.description()).isEmpty();
          assertThat(e.requestId()).contains("r-1");
        });
  }

  @Test
  void call_malformedJson_throwsResponseParseExceptionWithPath() {
    wm.stubFor(get("/v1/y").willReturn(okJson("{\"items\":[{\"id\":\"a\"},{\"id\": }]}")));

    assertThatThrownBy(() -> client.raw().get("/y", Map.class)).isInstanceOfSatisfying(ResponseParseException.class,
        e -> assertThat(e.path()).isEqualTo("items[1].id"));
  }

  @Test
  void exchange_acceptedStatus_returnsResponseInsteadOfThrowing() {
    wm.stubFor(head(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/domains/free.onmicrosoft.com"))
        .willReturn(aResponse().withStatus(404)));

    ApiResponse r = client.caller().exchange(ApiRequest.head("/domains/" + ApiRequest.segment("free.onmicrosoft.com"))
        .accept(404).build());

    assertThat(r.status()).isEqualTo(404);
  }

  @Test
  void download_streamsBodyAndReleasesOnClose() throws Exception {
    wm.stubFor(get("/pricesheets/v1.0/sales/pricesheets/$value").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));

    try (InputStream in = client.caller().download(ApiRequest.get("/sales/pricesheets/$value")
        .audience(io.cspsdk.core.internal.http.Audience.PRICE_SHEETS).build())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
    }
    wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/pricesheets/v1.0/sales/pricesheets/$value"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
            "Bearer " + TestClients.TOKEN)));
  }
}
