package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.fixture;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.CustomerRelationship;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The raw escape hatch: any verb on any path below the endpoint, read into model types or plain maps. */
class RawApiTest extends WireMockApiTest {
  @Test
  void get_intoModelType_sendsPartnerCenterHeadersAndReadsIt() {
    wm.stubFor(get(urlEqualTo("/v1/customers/c1?view=full")).willReturn(okJson(fixture("customer.json"))));

    Customer c = client.raw().get("/customers/c1?view=full", Customer.class,
        RequestOptions.builder().correlationId("corr-raw").build());

    assertThat(c.relationshipToPartner()).contains(CustomerRelationship.RESELLER);
    wm.verify(pc(getRequestedFor(urlEqualTo("/v1/customers/c1?view=full")))
        .withHeader("MS-CorrelationId", equalTo("corr-raw")));
  }

  @Test
  void put_body_isSentAsJsonAndAnswerRead() {
    wm.stubFor(put(urlEqualTo("/v1/customers/c1/profiles/billing")).willReturn(okJson("{\"email\":\"a@b.c\"}")));

    Map<?, ?> answer = client.raw().put("/customers/c1/profiles/billing", Map.of("email", "a@b.c"), Map.class);

    assertThat(answer.get("email")).isEqualTo("a@b.c");
    wm.verify(pc(putRequestedFor(urlEqualTo("/v1/customers/c1/profiles/billing")))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("{\"email\":\"a@b.c\"}")));
  }

  @Test
  void patch_withIfMatch_sendsEtagAndBody() {
    wm.stubFor(patch(urlEqualTo("/v1/customers/c1/users/u1")).willReturn(okJson("{\"id\":\"u1\"}")));

    Map<?, ?> answer = client.raw().patch("/customers/c1/users/u1", Map.of("state", "active"), Map.class,
        RequestOptions.builder().ifMatch("\"etag-3\"").build());

    assertThat(answer.get("id")).isEqualTo("u1");
    wm.verify(pc(patchRequestedFor(urlEqualTo("/v1/customers/c1/users/u1")))
        .withHeader("If-Match", equalTo("\"etag-3\""))
        .withRequestBody(equalToJson("{\"state\":\"active\"}")));
  }

  @Test
  void delete_204_returnsNormally() {
    wm.stubFor(delete(urlEqualTo("/v1/customers/c1/users/u1")).willReturn(aResponse().withStatus(204)));

    client.raw().delete("/customers/c1/users/u1");

    wm.verify(pc(deleteRequestedFor(urlEqualTo("/v1/customers/c1/users/u1"))));
  }
}
