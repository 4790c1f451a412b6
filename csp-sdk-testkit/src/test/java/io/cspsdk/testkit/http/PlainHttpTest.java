package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakeAssertions;
import io.cspsdk.testkit.FakePartnerCenter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlainHttpTest {
  private FakePartnerCenter fake;
  private Http http;

  @BeforeEach
  void start() {
    fake = FakePartnerCenter.builder().maxPageSize(20).build().start();
    http = new Http(fake.endpoint());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void get_withoutBearerToken_answers401WithErrorBody() {
    Http.Answer a = http.without("Authorization").get("/customers");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("code").asInt()).isEqualTo(900420);
    assertThat(a.json().get("source").asText()).isEqualTo("PartnerFD");
  }

  @Test
  void get_withRejectingValidator_answers401() {
    fake.tokenValidator("good"::equals);
    assertThat(http.get("/customers").status()).isEqualTo(401);
    assertThat(http.with("Authorization", "Bearer good").get("/customers").status()).isEqualTo(200);
  }

  @Test
  void listCustomers_hundreds_followsSeekPagesWithContinuationHeader() {
    fake.seed().customers(250);
    List<String> ids = new ArrayList<>();
    Http.Answer page = http.get("/customers?size=100");
    int pages = 1;
    while (true) {
      assertThat(page.status()).isEqualTo(200);
      page.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
      JsonNode next = page.json().path("links").path("next");
      if (next.isMissingNode()) {
        break;
      }
      assertThat(page.json().get("continuationToken").asText()).isNotBlank();
      JsonNode h = next.get("headers").get(0);
      assertThat(h.get("key").asText()).isEqualTo("MS-ContinuationToken");
      // alternate the spellings real clients send: with /v1, without, with a double slash
      String uri = next.get("uri").asText();
      String path = switch (pages % 3) {
        case 0 -> uri;
        case 1 -> "/" + uri;
        default -> uri.replace("seekOperation", "seekoperation");
      };
      page = new Http(fake.baseUri()).get("/v1" + path, h.get("key").asText(), h.get("value").asText());
      pages++;
    }
    assertThat(ids).hasSize(250).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(13);
    FakeAssertions.assertThat(fake).received("GET", "/customers").times(13);
  }

  @Test
  void listCustomers_nextWithoutContinuationHeader_answers400() {
    Http.Answer a = http.get("/customers?seekOperation=Next");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("code").asInt()).isEqualTo(800002);
  }

  @Test
  void listCustomers_filterInBothSpellings_filtersByCompanyNamePrefix() {
    fake.seed().customer("Contoso Ltd").customer("Contoso Pharma").customer("Fabrikam");
    String pascal = "{\"Field\":\"CompanyName\",\"Value\":\"conTOSO\",\"Operator\":\"starts_with\"}";
    String camel = "{\"field\":\"CompanyName\",\"value\":\"Contoso\",\"operator\":\"StartsWith\"}";
    for (String f : List.of(pascal, camel)) {
      Http.Answer a = http.get("/customers?size=40&filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8));
      assertThat(a.json().get("items")).extracting(i -> i.get("companyProfile").get("companyName").asText())
          .containsExactly("Contoso Ltd", "Contoso Pharma");
    }
  }

  @Test
  void createCustomer_valid_answers201WithCredentialsAndTakesDomain() {
    Map<String, Object> body = Map.of(
        "companyProfile", Map.of("domain", "newco"),
        "billingProfile", Map.of("companyName", "NewCo", "email", "a@newco.com", "culture", "en-US",
            "language", "en", "defaultAddress", Map.of("country", "US", "city", "Redmond",
                "addressLine1", "1 Main St", "postalCode", "98052")));
    Http.Answer a = http.send("POST", "/customers", body);
    assertThat(a.status()).isEqualTo(201);
    assertThat(a.json().get("companyProfile").get("domain").asText()).isEqualTo("newco.onmicrosoft.com");
    assertThat(a.json().get("userCredentials").get("userName").asText()).isEqualTo("admin@newco.onmicrosoft.com");
    assertThat(http.send("HEAD", "/domains/newco.onmicrosoft.com", null).status()).isEqualTo(200);
    assertThat(http.send("HEAD", "/domains/free.onmicrosoft.com", null).status()).isEqualTo(404);
    Http.Answer again = http.send("POST", "/customers", body);
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void createCustomer_withoutDomainOrAddress_answers400NamingTheField() {
    Http.Answer noDomain = http.send("POST", "/customers", Map.of("companyProfile", Map.of(),
        "billingProfile", Map.of("companyName", "X", "defaultAddress", Map.of("country", "US"))));
    assertThat(noDomain.status()).isEqualTo(400);
    assertThat(noDomain.json().get("description").asText()).contains("companyProfile.domain");
    Http.Answer noAddress = http.send("POST", "/customers", Map.of("companyProfile", Map.of("domain", "x1"),
        "billingProfile", Map.of("companyName", "X")));
    assertThat(noAddress.status()).isEqualTo(400);
    assertThat(noAddress.json().get("description").asText()).contains("defaultAddress");
  }

  @Test
  void createCustomer_replayedRequestId_returnsFirstResultOnce() {
    Map<String, Object> body = Map.of("companyProfile", Map.of("domain", "replay"),
        "billingProfile", Map.of("companyName", "Replay", "defaultAddress", Map.of("country", "US", "city", "A",
            "addressLine1", "B")));
    Http.Answer first = http.send("POST", "/customers", body, "MS-RequestId", "11111111-1111-1111-1111-111111111111");
    Http.Answer second = http.send("POST", "/customers", body, "MS-RequestId", "11111111-1111-1111-1111-111111111111");
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(http.get("/customers").json().get("items")).hasSize(1);
  }

  @Test
  void unknownIds_answer404WithPartnerCenterCodes() {
    fake.seed().customer("Contoso");
    String cid = fake.seed().customer("Other").lastCustomerId();
    assertThat(http.get("/customers/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    Http.Answer sub = http.get("/customers/" + cid + "/subscriptions/nope");
    assertThat(sub.status()).isEqualTo(404);
    assertThat(sub.json().get("code").asInt()).isEqualTo(20003);
    assertThat(http.get("/customers/" + cid + "/users/nope").json().get("code").asInt()).isEqualTo(60002);
    assertThat(http.get("/nothing/here").status()).isEqualTo(404);
  }

  @Test
  void catalog_builtIn_listsProductsSkusAndAvailabilities() {
    Http.Answer products = http.get("/products?country=US&targetView=OnlineServices&targetSegment=commercial");
    assertThat(products.json().get("items").size()).isGreaterThanOrEqualTo(12);
    Http.Answer skus = http.get("/products/CFQ7TTC0LH18/skus?country=US");
    assertThat(skus.json().get("items").get(0).get("id").asText()).isEqualTo("0001");
    Http.Answer av = http.get("/products/CFQ7TTC0LH18/skus/0001/availabilities?country=US");
    JsonNode a = av.json().get("items").get(0);
    assertThat(a.get("catalogItemId").asText()).startsWith("CFQ7TTC0LH18:0001:");
    assertThat(a.get("terms")).extracting(t -> t.get("duration").asText()).contains("P1M", "P1Y");
    assertThat(http.get("/products/NOPE/skus?country=US").status()).isEqualTo(404);
    assertThat(http.get("/products?targetView=Azure").status()).isEqualTo(400);
    assertThat(http.get("/products?country=US&targetView=Azure").json().get("items").get(0).get("title").asText())
        .isEqualTo("Azure plan");
  }

  @Test
  void faults_throttleTwice_thenServes() {
    fake.faults().on("GET", "/customers").throttle(Duration.ofSeconds(7)).times(2);
    Http.Answer first = http.get("/customers");
    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("7");
    assertThat(first.json().get("message").asText()).contains("Try again in 7 seconds");
    assertThat(http.get("/customers").status()).isEqualTo(429);
    assertThat(http.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void faults_everyNthAndProbability_areDeterministic() {
    fake.faults().on("*", "/products/**").status(503).everyNth(3);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(http.get("/products/CFQ7TTC0LH18/skus?country=US").status());
    }
    assertThat(statuses).containsExactly(200, 200, 503, 200, 200, 503);
    fake.faults().clear();
    fake.faults().on("GET", "/customers").status(500).withProbability(0.5, 7);
    List<Integer> a = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      a.add(http.get("/customers").status());
    }
    assertThat(a).contains(500, 200);
  }

  @Test
  void faults_latency_advancesFakeClockWithoutWaiting() {
    var before = fake.clock().instant();
    fake.faults().on("GET", "/customers").latency(Duration.ofSeconds(30)).once();
    assertThat(http.get("/customers").status()).isEqualTo(200);
    assertThat(Duration.between(before, fake.clock().instant())).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void faults_dropAndMalformed_breakTheExchange() {
    fake.faults().on("GET", "/customers").dropConnection().always();
    assertThatThrownBy(() -> http.get("/customers")).isInstanceOf(RuntimeException.class);
    fake.faults().clear();
    fake.faults().on("GET", "/customers").malformedBody().once();
    Http.Answer a = null;
    try {
      a = http.get("/customers");
    } catch (RuntimeException e) {
      // the JSON parse of the truncated body fails: that is the point
      assertThat(e).hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
    assertThat(a).isNull();
    assertThat(http.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void licenceListings_repeatedLicenseGroupIdsSelectBothGroups_unknownGroupIs400() {
    String c = fake.seed().customer("Fabrikam School").subscription("CFQ7TTC0LH18:0001", 2)
        .subscription("CFQ7TTC0MMED:0001", 3).lastCustomerId();

    assertThat(http.get("/customers/" + c + "/subscribedskus").json().get("items")).hasSize(1);
    assertThat(http.get("/customers/" + c + "/subscribedskus?licenseGroupIds=Group1&licenseGroupIds=Group2")
        .json().get("items")).hasSize(2);
    assertThat(http.get("/customers/" + c + "/subscribedskus?licenseGroupIds=group2").json().get("items").get(0)
        .get("productSku").get("licenseGroupId").asText()).isEqualTo("group2");
    assertThat(http.get("/customers/" + c + "/subscribedskus?licenseGroupIds=Group7").status()).isEqualTo(400);
  }

  @Test
  void malformedRecordFault_changesOnlyThatItemOfTheRealPage_setOverTheAdminApi() {
    fake.seed().customers(3);
    Http admin = new Http(fake.baseUri()).without("Authorization");
    assertThat(admin.send("POST", "/_fake/faults", "{\"method\":\"GET\",\"path\":\"/customers\",\"kind\":"
        + "\"malformedRecord\",\"index\":2,\"members\":{\"companyProfile\":7},\"times\":1}").status())
        .isEqualTo(201);

    com.fasterxml.jackson.databind.JsonNode items = http.get("/customers").json().get("items");

    assertThat(items).hasSize(3);
    assertThat(items.get(2).get("companyProfile").asInt()).isEqualTo(7);
    assertThat(items.get(0).get("companyProfile").isObject()).isTrue();
    assertThat(items.get(2).get("id").asText()).isNotBlank();
    assertThat(http.get("/customers").json().get("items").get(2).get("companyProfile").isObject()).isTrue();
    assertThat(admin.send("POST", "/_fake/faults", "{\"path\":\"/customers\",\"kind\":\"malformedRecord\"}")
        .status()).isEqualTo(400);
  }

  @Test
  void admin_seedAdvanceFaultsJournalAndReset_workOverHttp() {
    Http admin = new Http(fake.baseUri()).without("Authorization");
    String scenario = "{\"customers\":[{\"companyName\":\"Tailspin\",\"subscriptions\":[{\"catalogItemId\":"
        + "\"CFQ7TTC0LH18:0001\",\"quantity\":5}],\"users\":3}]}";
    assertThat(admin.send("POST", "/_fake/scenario", scenario).status()).isEqualTo(204);
    assertThat(http.get("/customers").json().get("items")).hasSize(1);
    Http.Answer clock = admin.send("POST", "/_fake/clock/advance?by=P1D", "{}");
    assertThat(clock.json().get("now").asText()).isEqualTo("2026-01-06T09:00:00Z");
    assertThat(admin.send("POST", "/_fake/faults", Map.of("method", "GET", "path", "/customers", "kind", "status",
        "status", 503, "times", 1)).status()).isEqualTo(201);
    assertThat(http.get("/customers").status()).isEqualTo(503);
    JsonNode journal = admin.get("/_fake/requests").json();
    assertThat(journal.get("items").toString()).contains("/v1/customers").doesNotContain("test-token");
    assertThat(admin.send("POST", "/_fake/reset", "").status()).isEqualTo(204);
    assertThat(http.get("/customers").json().get("items")).isEmpty();
    assertThat(admin.get("/_fake/clock").json().get("now").asText()).isEqualTo("2026-01-05T09:00:00Z");
  }

  @Test
  void seed_sameSeed_givesSameIds() {
    String a = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 3).lastSubscriptionId();
    try (FakePartnerCenter other = FakePartnerCenter.builder().build()) {
      String b = other.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 3).lastSubscriptionId();
      assertThat(b).isEqualTo(a);
    }
  }
}
