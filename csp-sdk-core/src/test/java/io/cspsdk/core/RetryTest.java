package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.ServerErrorException;
import io.cspsdk.core.error.ThrottledException;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private PartnerCenterClient client = TestClients.builder(wm.baseUrl(), clock, sleeper).noRateLimit().build();

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void stubSequence(String url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
    String state = STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "step-" + (i + 1);
      wm.stubFor(get(urlEqualTo(url)).inScenario(url).whenScenarioStateIs(state)
          .willReturn(responses[i]).willSetStateTo(next));
      state = next;
    }
  }

  private List<String> requestIds(List<LoggedRequest> requests) {
    return requests.stream().map(r -> r.getHeader("MS-RequestId")).collect(Collectors.toList());
  }

  @Test
  void call_429WithRetryAfter_sleepsRetryAfterAndResendsSameRequestId() {
    stubSequence("/v1/customers/c1",
        aResponse().withStatus(429).withHeader("Retry-After", "57")
            .withBody("{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 57 seconds.\"}"),
        okJson("{\"id\":\"c1\"}"));

    Map<?, ?> customer = client.raw().get("/customers/c1", Map.class);

    assertThat(customer.get("id")).isEqualTo("c1");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(57));
    List<String> ids = requestIds(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/c1"))));
    assertThat(ids).hasSize(2).doesNotContainNull();
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
  }

  @Test
  void call_retryAfterHttpDate_sleepsUntilThatInstantByTheInjectedClock() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(30).atOffset(ZoneOffset.UTC));
    stubSequence("/v1/customers/c1", aResponse().withStatus(503).withHeader("Retry-After", at),
        okJson("{\"id\":\"c1\"}"));

    client.raw().get("/customers/c1", Map.class);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void call_retryAfterAboveCap_isCutToMaxRetryAfter() {
    client.close();
    client = TestClients.builder(wm.baseUrl(), clock, sleeper).noRateLimit()
        .retryOptions(RetryOptions.builder().maxRetryAfter(Duration.ofSeconds(20)).build()).build();
    stubSequence("/v1/customers/c1", aResponse().withStatus(429).withHeader("Retry-After", "3600"),
        okJson("{\"id\":\"c1\"}"));

    client.raw().get("/customers/c1", Map.class);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void call_503ThenSuccess_returnsResultAfterJitteredBackoff() {
    stubSequence("/v1/customers/c1", aResponse().withStatus(503), okJson("{\"id\":\"c1\"}"));

    Map<?, ?> customer = client.raw().get("/customers/c1", Map.class);

    assertThat(customer.get("id")).isEqualTo("c1");
    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
  }

  @Test
  void call_retriesExhausted_throwsLastTypedExceptionWithAttempts() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withStatus(500)
        .withBody("{\"code\":\"9999\",\"description\":\"Internal\"}")));

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.attempts()).isEqualTo(4);
          assertThat(e.errorCode()).contains("9999");
        });
    List<String> ids = requestIds(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/c1"))));
    assertThat(ids).hasSize(4);
    assertThat(ids.stream().distinct()).hasSize(1);
    assertThat(sleeper.sleeps()).hasSize(3);
  }

  @Test
  void backoff_seededRandom_isFullJitterBelowExponentialCeiling() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withStatus(502)));
    RetryOptions seeded = RetryOptions.builder().maxAttempts(6).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(8)).random(new Random(42)).build();
    client.close();
    client = TestClients.builder(wm.baseUrl(), clock, sleeper).noRateLimit().retryOptions(seeded).build();

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class)).isInstanceOf(ServerErrorException.class);

    Random same = new Random(42);
    long[] ceilingsSeconds = {1, 2, 4, 8, 8};
    assertThat(sleeper.sleeps()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      long expected = (long) (same.nextDouble() * Duration.ofSeconds(ceilingsSeconds[i]).toNanos());
      assertThat(sleeper.sleeps().get(i)).isEqualTo(Duration.ofNanos(expected));
    }
  }

  @Test
  void call_400_isNotRetried() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withStatus(400)
        .withBody("{\"code\":800002,\"description\":\"Invalid input\"}")));

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void call_patchThrottled_isRetriedWithSameIdempotencyKey() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).inScenario("p").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":12}")));

    client.raw().patch("/customers/c1/subscriptions/s1", Map.of("quantity", 12), Map.class);

    List<String> ids = requestIds(wm.findAll(patchRequestedFor(urlEqualTo("/v1/customers/c1/subscriptions/s1"))));
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
  }

  @Test
  void call_connectionResetThenSuccess_isRetried() {
    stubSequence("/v1/customers/c1", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        okJson("{\"id\":\"c1\"}"));

    Map<?, ?> customer = client.raw().get("/customers/c1", Map.class);

    assertThat(customer.get("id")).isEqualTo("c1");
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/c1")))).hasSize(2);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void call_connectionAlwaysReset_throwsConnectionExceptionWithAttempts() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOfSatisfying(ConnectionException.class, e -> {
          assertThat(e.attempts()).isEqualTo(4);
          assertThat(e.requestId()).isPresent();
        });
  }

  @Test
  void call_retryAfterBeyondDeadline_throwsTimeoutWithoutWaiting() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "57")));

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class,
        RequestOptions.builder().timeout(Duration.ofSeconds(30)).build()))
        .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getCause()).isInstanceOf(ThrottledException.class);
        });
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void call_deadlineSpentOnRetries_throwsRequestTimeoutException() {
    wm.stubFor(get("/v1/customers/c1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "10")));
    client.close();
    client = TestClients.builder(wm.baseUrl(), clock, sleeper).noRateLimit().timeout(Duration.ofSeconds(25))
        .retryOptions(RetryOptions.builder().maxAttempts(10).build()).build();

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOfSatisfying(RequestTimeoutException.class, e -> assertThat(e.attempts()).isEqualTo(3));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void call_slowResponseBeyondDeadline_throwsRequestTimeoutException() {
    wm.stubFor(get("/v1/customers/slow").willReturn(okJson("{}").withFixedDelay(2_000)));

    assertThatThrownBy(() -> client.raw().get("/customers/slow", Map.class,
        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/customers/slow")))).hasSize(1);
  }
}
