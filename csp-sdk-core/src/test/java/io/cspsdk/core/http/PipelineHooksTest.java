package io.cspsdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.testing.CapturingLogs;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PipelineHooksTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();

  /** Records every hook call as text. */
  private static final class Recorder implements HttpInterceptor {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Duration> durations = new CopyOnWriteArrayList<>();

    @Override
    public void beforeRequest(HttpRequestInfo request) {
      calls.add("before " + request.method() + " " + request.uri().getPath() + "?" + request.uri().getQuery()
          + " #" + request.attempt() + " auth=" + request.header("Authorization").isPresent());
      request.setHeader("X-Trace-Id", "trace-" + request.attempt());
    }

    @Override
    public void afterResponse(HttpRequestInfo request, HttpResponseInfo response) {
      calls.add("after #" + request.attempt() + " " + response.status() + " " + response.header("X-Answer").orElse("-"));
      durations.add(response.duration());
    }

    @Override
    public void onRetry(HttpRequestInfo request, RetryInfo retry) {
      calls.add("retry after #" + retry.failedAttempt() + " status " + retry.status().orElse(0) + " in "
          + retry.delay().toSeconds() + "s");
    }
  }

  @Test
  void interceptor_retriedCall_seesEveryAttemptTheRetryAndAddsHeaders() {
    wm.stubFor(get(urlPathEqualTo("/v1/customers/c1")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")).willSetStateTo("up"));
    wm.stubFor(get(urlPathEqualTo("/v1/customers/c1")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"id\":\"c1\"}").withHeader("X-Answer", "yes")));
    Recorder recorder = new Recorder();

    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .addInterceptor(recorder).build()) {
      pc.raw().get("/customers/c1", Map.class);
    }

    assertThat(recorder.calls).containsExactly(
        "before GET /v1/customers/c1?null #1 auth=false",
        "after #1 503 -",
        "retry after #1 status 503 in 2s",
        "before GET /v1/customers/c1?null #2 auth=false",
        "after #2 200 yes");
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/customers/c1")).withHeader("X-Trace-Id", equalTo("trace-2")));
  }

  @Test
  void interceptor_settingAClientOwnedHeader_isRefused() {
    wm.stubFor(get("/v1/x").willReturn(okJson("{}")));
    HttpInterceptor hijack = new HttpInterceptor() {
      @Override
      public void beforeRequest(HttpRequestInfo request) {
        request.setHeader("authorization", "Bearer stolen");
      }
    };

    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .addInterceptor(hijack).build()) {
      assertThatThrownBy(() -> pc.raw().get("/x", Map.class)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("set by the client");
    }
  }

  @Test
  void durations_withTheFakeClockInjected_comeFromAMonotonicClock() {
    wm.stubFor(get("/v1/x").willReturn(okJson("{}").withFixedDelay(40)));
    Recorder recorder = new Recorder();
    CapturingLogs.start();
    List<String> logs;
    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .addInterceptor(recorder).build()) {
      pc.raw().get("/x", Map.class);
    } finally {
      logs = CapturingLogs.stop();
    }

    assertThat(recorder.durations).singleElement()
        .satisfies(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(40)));
    Pattern logged = Pattern.compile("<-- 200 GET /v1/x \\((\\d+) ms");
    assertThat(logs).anySatisfy(line -> {
      Matcher m = logged.matcher(line);
      assertThat(m.find()).isTrue();
      assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(40);
    });
  }

  @Test
  void userAgent_namesTheSdkVersionJavaAndTheApplication() {
    wm.stubFor(get("/v1/x").willReturn(okJson("{}")));

    try (PartnerCenterClient pc = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .applicationName("Contoso Marketplace").build()) {
      pc.raw().get("/x", Map.class);
    }

    wm.verify(getRequestedFor(urlPathEqualTo("/v1/x")).withHeader("User-Agent",
        matching("csp-sdk-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java [^;]+; [^)]+\\) Contoso Marketplace")));
  }

  @Test
  void builder_proxyAndSystemProperties_conflict() {
    assertThatThrownBy(() -> TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
        .proxy(ProxyOptions.http("proxy.example", 3128)).useSystemProperties().build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("proxy");
    assertThatThrownBy(() -> ProxyOptions.http("proxy.example", 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("proxy.port");
    assertThat(ProxyOptions.http("proxy.example", 3128).withCredentials("ada", "s3cret").toString())
        .contains("ada").doesNotContain("s3cret");
  }
}
