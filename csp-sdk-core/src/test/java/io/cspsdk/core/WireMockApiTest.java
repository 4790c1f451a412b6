package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the resource-group WireMock tests: a WireMock server per test class, and per test a fresh client over it
 * with a fake clock, a recording sleeper and no rate limit.
 */
abstract class WireMockApiTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  protected final FakeClock clock = new FakeClock();
  protected final RecordingSleeper sleeper = new RecordingSleeper(clock);
  protected PartnerCenterClient client;

  @BeforeEach
  void openClient() {
    client = ResourceGroupTestSupport.client(wm, clock, sleeper);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }
}
