package io.cspsdk.core;

import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import java.util.Random;

/** Builds clients against a WireMock base URL with a fake clock and a recording sleeper. */
final class WireMockClients {
  static final String TOKEN = "test-token-3f9a1c";

  private WireMockClients() {}

  static PartnerCenterClient.Builder builder(String wireMockBaseUrl, FakeClock clock, RecordingSleeper sleeper) {
    return PartnerCenterClient.builder()
        .endpoint(wireMockBaseUrl + "/v1")
        .graphEndpoint(wireMockBaseUrl + "/graph/v1.0")
        .priceSheetEndpoint(wireMockBaseUrl + "/pricesheets/v1.0")
        .credential(PartnerCredentials.staticToken(TOKEN))
        .clock(clock)
        .sleeper(sleeper)
        .retryOptions(RetryOptions.builder().random(new Random(7)).build());
  }
}
