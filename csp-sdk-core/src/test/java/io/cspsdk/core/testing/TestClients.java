package io.cspsdk.core.testing;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RetryOptions;
import io.cspsdk.core.auth.PartnerCredentials;
import java.util.Random;

/**
 * Clients for WireMock tests: all three audiences on one WireMock server (Partner Center at {@code /v1}, Graph at
 * {@code /graph/v1.0}, price sheets at {@code /pricesheets/v1.0}), a static token, a fake clock, a recording
 * sleeper and seeded jitter, so that nothing really waits and backoffs are repeatable.
 */
public final class TestClients {
  public static final String TOKEN = "test-token-5d1e";

  private TestClients() {}

  /** A builder with every test setting; the rate limiter is left at its default. */
  public static PartnerCenterClient.Builder builder(String wireMockBaseUrl, FakeClock clock, RecordingSleeper sleeper) {
    return PartnerCenterClient.builder()
        .endpoint(wireMockBaseUrl + "/v1")
        .graphEndpoint(wireMockBaseUrl + "/graph/v1.0")
        .priceSheetEndpoint(wireMockBaseUrl + "/pricesheets/v1.0")
        .credential(PartnerCredentials.staticToken(TOKEN))
        .clock(clock)
        .sleeper(sleeper)
        .retryOptions(RetryOptions.builder().random(new Random(7)).build());
  }

  /** A client without rate limit. */
  public static PartnerCenterClient client(String wireMockBaseUrl, FakeClock clock, RecordingSleeper sleeper) {
    return builder(wireMockBaseUrl, clock, sleeper).noRateLimit().build();
  }
}
