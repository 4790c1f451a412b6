package io.cspsdk.core.testing;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;

/** Clients for WireMock tests of resource groups: all three audiences on one WireMock server, no real waits. */
public final class TestClients {
  public static final String TOKEN = "test-token-5d1e";

  private TestClients() {}

  /** Partner Center at {@code /v1}, Graph at {@code /graph/v1.0}, price sheets at {@code /pricesheets/v1.0}. */
  public static PartnerCenterClient client(String wireMockBaseUrl, FakeClock clock, RecordingSleeper sleeper) {
    return PartnerCenterClient.builder()
        .endpoint(wireMockBaseUrl + "/v1")
        .graphEndpoint(wireMockBaseUrl + "/graph/v1.0")
        .priceSheetEndpoint(wireMockBaseUrl + "/pricesheets/v1.0")
        .credential(PartnerCredentials.staticToken(TOKEN))
        .clock(clock)
        .sleeper(sleeper)
        .noRateLimit()
        .build();
  }
}
