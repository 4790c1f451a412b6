package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PipelineSliceTest.Item;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LongRunningTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final PartnerCenterClient client = TestClients.builder(wm.baseUrl(), clock, sleeper).build();

  @AfterEach
  void tearDown() {
    client.close();
  }

  private Poller<Item> patchSubscription() {
    return client.caller().longRunning(ApiRequest.patch("/customers/c1/subscriptions/s1",
        Map.of("quantity", 3)).build(), Item.class);
  }

  @Test
  void longRunning_200_isDoneAtOnce() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).willReturn(okJson("{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":3}")));

    Poller<Item> poller = patchSubscription();

    assertThat(poller.isDone()).isTrue();
    assertThat(poller.waitForCompletion(Duration.ofSeconds(1))).isEqualTo(new Item("s1", new BigDecimal("3")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void longRunning_202WithLocation_pollsHonouringRetryAfterUntilResult() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", "/v1/customers/c1/subscriptions/s1/operations/op1").withHeader("Retry-After", "3")));
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/subscriptions/s1/operations/op1")).inScenario("op")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(202).withHeader("Retry-After", "7"))
        .willSetStateTo("done"));
    wm.stubFor(get(urlEqualTo("/v1/customers/c1/subscriptions/s1/operations/op1")).inScenario("op")
        .whenScenarioStateIs("done").willReturn(okJson("{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":3}")));

    Poller<Item> poller = patchSubscription();
    assertThat(poller.isDone()).isFalse();

    Item result = poller.waitForCompletion(Duration.ofMinutes(1));

    assertThat(result.quantity()).isEqualByComparingTo("3");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(7));
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/customers/c1/subscriptions/s1/operations/op1")));
  }

  @Test
  void longRunning_absoluteLocation_pollOnceReportsNotDone() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", wm.baseUrl() + "/v1/operations/op2")));
    wm.stubFor(get(urlEqualTo("/v1/operations/op2")).willReturn(aResponse().withStatus(202)));

    Poller<Item> poller = patchSubscription();

    assertThat(poller.poll()).isEmpty();
    assertThat(poller.isDone()).isFalse();
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/operations/op2")));
  }

  @Test
  void waitForCompletion_neverFinishes_throwsRequestTimeoutException() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/subscriptions/s1")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", "/v1/operations/op3").withHeader("Retry-After", "10")));
    wm.stubFor(get(urlEqualTo("/v1/operations/op3")).willReturn(aResponse().withStatus(202)
        .withHeader("Retry-After", "10")));

    Poller<Item> poller = patchSubscription();

    assertThatThrownBy(() -> poller.waitForCompletion(Duration.ofSeconds(35))).isInstanceOf(RequestTimeoutException.class);
    // the last wait is cut to the deadline, where one last poll is made
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(10), Duration.ofSeconds(5));
    wm.verify(4, getRequestedFor(urlEqualTo("/v1/operations/op3")));
  }
}
