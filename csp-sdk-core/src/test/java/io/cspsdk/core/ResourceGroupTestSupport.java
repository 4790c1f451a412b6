package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.cspsdk.core.model.JsonFixtures;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;

/** Shared helpers of the resource-group WireMock tests. */
final class ResourceGroupTestSupport {
  static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private ResourceGroupTestSupport() {}

  static PartnerCenterClient client(WireMockExtension wm, FakeClock clock) {
    return TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock)).noRateLimit().build();
  }

  static PartnerCenterClient client(WireMockExtension wm, FakeClock clock, RecordingSleeper sleeper) {
    return TestClients.builder(wm.baseUrl(), clock, sleeper).noRateLimit().build();
  }

  /** The headers every Partner Center call carries. */
  static RequestPatternBuilder pc(RequestPatternBuilder r) {
    return r.withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("MS-Contract-Version", equalTo("v1"))
        .withHeader("X-Locale", equalTo("en-US"))
        .withHeader("MS-RequestId", matching(GUID))
        .withHeader("MS-CorrelationId", matching(".+"));
  }

  static String fixture(String name) {
    return JsonFixtures.fixture(name);
  }

  /** A collection envelope around the given JSON items, optionally with a next link and continuation token. */
  static String collection(String nextUri, String token, String... items) {
    String links = nextUri == null ? "{\"self\":{\"uri\":\"/x\",\"method\":\"GET\",\"headers\":[]}}"
        : "{\"next\":{\"uri\":\"" + nextUri + "\",\"method\":\"GET\",\"headers\":[{\"key\":\"MS-ContinuationToken\","
            + "\"value\":\"" + token + "\"}]}}";
    return "{\"totalCount\":" + items.length + ",\"items\":[" + String.join(",", items) + "],\"links\":" + links
        + (token == null ? "" : ",\"continuationToken\":\"" + token + "\"")
        + ",\"attributes\":{\"objectType\":\"Collection\"}}";
  }

  static void assertNothingSent(WireMockExtension wm) {
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
  }
}
