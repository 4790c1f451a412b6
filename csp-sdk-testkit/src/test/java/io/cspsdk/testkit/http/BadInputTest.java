package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 naming what is wrong (or 413), never a 500 or a fake that stops answering. */
class BadInputTest {
  private FakePartnerCenter fake;
  private Http http;
  private Http admin;
  private String customer;

  @BeforeEach
  void start() {
    fake = FakePartnerCenter.builder().maxRequestBodyBytes(64 * 1024).journalMaxBodyChars(100_000).build().start();
    http = new Http(fake.endpoint());
    admin = new Http(fake.baseUri()).without("Authorization");
    customer = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private void assertInvalid(Http.Answer a, String named) {
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("code").asInt()).isEqualTo(800002);
    assertThat(a.json().get("description").asText()).contains(named);
  }

  @Test
  void orderAndCartLines_thatAreNotObjects_are400() {
    for (String body : new String[] {"{\"lineItems\": [1, 2]}", "{\"lineItems\": [null]}"}) {
      assertInvalid(http.send("POST", "/customers/" + customer + "/orders", body), "lineItems[0]");
      assertInvalid(http.send("POST", "/customers/" + customer + "/carts", body), "lineItems[0]");
    }
  }

  @Test
  void nonObjectBodies_areRefused400OnEveryRouteThatTakesABody() {
    var seed = fake.seed().customer("Fabrikam").subscription("CFQ7TTC0LH18:0001", 2).users(1);
    String c = seed.lastCustomerId();
    String user = new Http(fake.endpoint()).get("/customers/" + c + "/users").json().get("items").get(0).get("id")
        .asText();
    String[][] routes = {
        {"POST", "/customers/" + customer + "/agreements"}, {"POST", "/customers/" + customer + "/qualifications"},
        {"POST", "/customers"}, {"PUT", "/customers/" + customer + "/profiles/billing"},
        {"POST", "/customers/" + c + "/carts"}, {"POST", "/customers/" + c + "/orders"},
        {"PATCH", "/customers/" + c + "/subscriptions/" + seed.lastSubscriptionId()},
        {"POST", "/customers/" + c + "/subscriptions/" + seed.lastSubscriptionId() + "/transitions"},
        {"POST", "/customers/" + c + "/users"}, {"PATCH", "/customers/" + c + "/users/" + user},
        {"POST", "/customers/" + c + "/users/" + user + "/licenseupdates"},
        {"POST", "/servicerequests/en-US"}};
    for (String[] route : routes) {
      for (String body : new String[] {"[1]", "\"text\"", "42"}) {
        assertInvalid(http.send(route[0], route[1], body), route[0] + " /v1" + route[1] + " must be a JSON object");
      }
    }
  }

  @Test
  void unparseableDates_are400NamingTheField() {
    assertInvalid(http.get("/auditrecords?startDate=2026-02-30"), "startDate");
    assertInvalid(http.get("/auditrecords?startDate=2026-01-01&endDate=soon"), "endDate");
    assertInvalid(http.send("POST", "/customers/" + customer + "/orders", "{\"lineItems\": [{\"offerId\": "
        + "\"CFQ7TTC0LHWP:0001:CFQ7TTC0KD0S\", \"quantity\": 1, \"customTermEndDate\": \"next-friday\"}]}"),
        "customTermEndDate");
  }

  @Test
  void adminClock_outOfRange_is400AndTheFakeKeepsAnswering() {
    assertThat(admin.send("POST", "/_fake/clock/set", "{\"now\": \"+1000000000-01-01T00:00:00Z\"}").status())
        .isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance?by=P-1D", null).status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance?by=PT9999999999999H", null).status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance?by=P36600000D", null).status()).isEqualTo(400);
    assertThat(admin.send("POST", "/_fake/clock/advance?by=P3650D", null).status()).isEqualTo(200);
    assertThat(http.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void scheduledChange_withAnUnknownTerm_is400_soTheRenewalCannotFailLater() {
    var seed = fake.seed().customer("Fabrikam").subscription("CFQ7TTC0LH18:0001", 2);
    Http.Answer a = http.send("PATCH", "/customers/" + seed.lastCustomerId() + "/subscriptions/"
        + seed.lastSubscriptionId(), "{\"scheduledNextTermInstructions\": {\"product\": {\"productId\": "
        + "\"CFQ7TTC0LH18\", \"skuId\": \"0001\", \"availabilityId\": \"CFQ7TTC0KCWD\", \"termDuration\": \"P7W\"}}}");
    assertInvalid(a, "termDuration");
  }

  @Test
  void bodyOverTheLimit_is413_andTheFakeKeepsAnswering() {
    Http.Answer a = http.send("POST", "/customers/" + customer + "/orders", "x".repeat(65 * 1024));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("description").asText()).contains("65536");
    assertThat(http.get("/customers").status()).isEqualTo(200);
    assertThat(fake.requests()).extracting(RecordedRequest::status).contains(413);
  }

  @Test
  void journal_capsTheBodiesItKeeps() {
    String big = "{\"pad\": \"" + "y".repeat(30_000) + "\"}";
    for (int i = 0; i < 10; i++) {
      http.send("POST", "/customers/" + customer + "/qualifications", big);
    }
    long kept = fake.requests().stream().mapToLong(r -> r.body().length()).sum();
    assertThat(kept).isLessThanOrEqualTo(100_000);
    assertThat(fake.requests()).hasSizeBetween(2, 4);
    assertThat(fake.requests().get(fake.requests().size() - 1).body()).isEqualTo(big);
  }
}
