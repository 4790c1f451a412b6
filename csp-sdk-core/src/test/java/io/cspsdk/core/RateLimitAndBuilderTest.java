package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitAndBuilderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private static final Duration WINDOW = Duration.ofMinutes(1).plusNanos(1);

  @Test
  void rateLimit_sameCustomer_waitsThroughSleeperWhileOtherTenantsPass() {
    wm.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("{}")));
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, sleeper).rateLimit(3).build()) {
      for (int i = 0; i < 3; i++) {
        pc.raw().get("/customers/c1/subscriptions", Map.class);
      }
      pc.raw().get("/customers/c2/subscriptions", Map.class);
      pc.raw().get("/customers", Map.class);
      assertThat(sleeper.sleeps()).isEmpty();

      pc.raw().get("/customers/c1/users", Map.class);
    }

    assertThat(sleeper.sleeps()).containsExactly(WINDOW);
  }

  @Test
  void rateLimit_concurrentThreads_shareOneWindowPerTenant() throws Exception {
    wm.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("{}")));
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recordOnly = waits::add;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, sleeper).sleeper(recordOnly)
        .rateLimit(30).build()) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(pool.submit(() -> pc.raw().get("/customers", Map.class)));
      }
      for (Future<?> f : calls) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(waits).hasSize(10).containsOnly(WINDOW);
  }

  @Test
  void rateLimit_retriedAttempts_eachTakeAPermit() {
    String url = "/v1/customers";
    wm.stubFor(get(url).inScenario("r").whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503))
        .willSetStateTo("second"));
    wm.stubFor(get(url).inScenario("r").whenScenarioStateIs("second").willReturn(aResponse().withStatus(503))
        .willSetStateTo("ok"));
    wm.stubFor(get(url).inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{}")));
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, sleeper).rateLimit(2).build()) {
      pc.raw().get("/customers", Map.class);
    }

    wm.verify(3, getRequestedFor(urlEqualTo(url)));
    // the third attempt is the third request of the minute: it waits until the first leaves the window
    Duration waited = sleeper.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(waited).isEqualTo(WINDOW);
  }

  @Test
  void rateLimit_waitBeyondDeadline_throwsTimeout() {
    wm.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("{}")));
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, sleeper).rateLimit(1).build()) {
      pc.raw().get("/customers", Map.class);
      assertThatThrownBy(() -> pc.raw().get("/customers", Map.class,
          RequestOptions.builder().timeout(Duration.ofSeconds(5)).build())).isInstanceOf(RequestTimeoutException.class);
    }
  }

  private void assertInvalid(Consumer<PartnerCenterClient.Builder> change, String field) {
    PartnerCenterClient.Builder b = PartnerCenterClient.builder().credential(PartnerCredentials.staticToken("t"));
    change.accept(b);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void build_invalidOrConflictingSettings_failFastNamingTheSetting() {
    assertInvalid(b -> b.credential(null), "credential");
    assertInvalid(b -> b.endpoint("ftp://example.com/v1"), "endpoint");
    assertInvalid(b -> b.endpoint("not a url"), "endpoint");
    assertInvalid(b -> b.graphEndpoint("https://graph.microsoft.com/v1.0?x=1"), "graphEndpoint");
    assertInvalid(b -> b.priceSheetEndpoint((String) null), "priceSheetEndpoint");
    assertInvalid(b -> b.rateLimit(100).noRateLimit(), "rateLimit");
    assertInvalid(b -> b.rateLimit(0), "rateLimit");
    assertInvalid(b -> b.timeout(Duration.ZERO), "timeout");
    assertInvalid(b -> b.connectTimeout(Duration.ofSeconds(-1)), "connectTimeout");
    assertInvalid(b -> b.responseTimeout(null), "responseTimeout");
    assertInvalid(b -> b.clock(null), "clock");
    assertInvalid(b -> b.sleeper(null), "sleeper");
    assertInvalid(b -> b.maxConnections(0), "maxConnections");
    assertInvalid(b -> b.locale(""), "locale");
    assertInvalid(b -> b.applicationName(" "), "applicationName");
    assertInvalid(b -> b.tokenRefreshMargin(Duration.ofMinutes(-1)), "tokenRefreshMargin");
  }

  @Test
  void retryOptions_inconsistent_failNamingTheSetting() {
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("retry.maxAttempts"));
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(1)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("retry.maxBackoff"));
  }

  @Test
  void build_defaults_pointAtPublicPartnerCenter() {
    try (PartnerCenterClient pc = PartnerCenterClient.builder().credential(PartnerCredentials.staticToken("t"))
        .endpoint("https://api.partnercenter.microsoft.com/v1/").build()) {
      assertThat(pc.endpoint()).hasToString("https://api.partnercenter.microsoft.com/v1");
      assertThat(pc.toString()).doesNotContain("t)");
    }
  }

  @Test
  void call_afterClose_isRejected() {
    PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, sleeper).build();
    pc.close();
    assertThatThrownBy(() -> pc.raw().get("/customers", Map.class)).isInstanceOf(IllegalStateException.class);
  }
}
