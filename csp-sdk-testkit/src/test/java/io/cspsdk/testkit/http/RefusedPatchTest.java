package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Seeder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refused subscription PATCH changes nothing: not the subscription, not its invoice, not the audit log. */
class RefusedPatchTest {
  private static final List<String> REFUSED = List.of(
      "{\"quantity\": 13, \"status\": \"none\"}",
      "{\"quantity\": 13, \"autoRenewEnabled\": \"yes\"}",
      "{\"quantity\": \"thirteen\"}",
      "{\"quantity\": 13, \"friendlyName\": 7}",
      "{\"quantity\": 0}",
      "{\"quantity\": 13, \"autoRenewEnabled\": false, \"scheduledNextTermInstructions\": "
          + "{\"product\": {\"productId\": \"CFQ7TTC0LH18\", \"skuId\": \"0001\", \"availabilityId\": \"X\"}}}",
      "{\"quantity\": 13, \"scheduledNextTermInstructions\": "
          + "{\"product\": {\"productId\": \"NOPE\", \"skuId\": \"0001\", \"availabilityId\": \"X\"}}}",
      "{\"quantity\": 13, \"scheduledNextTermInstructions\": 5}",
      "{\"friendlyName\": \"Renamed\", \"quantity\": 2}",
      "[1, 2]");

  private record World(FakePartnerCenter fake, Http http, String path) implements AutoCloseable {
    static World start() {
      FakePartnerCenter fake = FakePartnerCenter.builder().build().start();
      Seeder seed = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10);
      String path = "/customers/" + seed.lastCustomerId() + "/subscriptions/" + seed.lastSubscriptionId();
      fake.clock().advance(Duration.ofDays(8)); // the purchased seats are no longer removable
      return new World(fake, new Http(fake.endpoint()), path);
    }

    JsonNode subscription() {
      return http.get(path).json();
    }

    JsonNode audit() {
      return http.get("/auditrecords?startDate=2026-01-01").json().get("items");
    }

    JsonNode invoiceLines() {
      fake.clock().set(Instant.parse("2026-02-01T00:00:00Z"));
      JsonNode invoices = http.get("/invoices").json().get("items");
      assertThat(invoices).hasSize(1);
      JsonNode lines = http.get("/invoices/" + invoices.get(0).get("id").asText()
          + "/lineitems?provider=onetime&invoicelineitemtype=billinglineitems").json().get("items");
      assertThat(lines).isNotEmpty();
      return lines;
    }

    @Override
    public void close() {
      fake.close();
    }
  }

  @Test
  void patch_refusedForAnyReason_changesNeitherStateNorInvoiceNorAudit() {
    try (World refused = World.start(); World untouched = World.start()) {
      JsonNode before = refused.subscription();
      JsonNode auditBefore = refused.audit();
      for (String body : REFUSED) {
        Http.Answer a = refused.http().send("PATCH", refused.path(), body);
        assertThat(a.status()).as(body).isEqualTo(400);
        assertThat(a.json().get("code").asInt()).as(body).isIn(800002, 800004, 800090);
        assertThat(refused.subscription()).as(body).isEqualTo(before);
      }
      assertThat(refused.audit()).isEqualTo(auditBefore);
      assertThat(refused.invoiceLines()).isEqualTo(untouched.invoiceLines());
    }
  }

  @Test
  void patch_accepted_changesQuantityAndIsAuditedOnce() {
    try (World w = World.start()) {
      int records = w.audit().size();
      Http.Answer a = w.http().send("PATCH", w.path(), "{\"quantity\": 13, \"autoRenewEnabled\": false}");
      assertThat(a.status()).isEqualTo(200);
      assertThat(w.subscription().get("quantity").asInt()).isEqualTo(13);
      assertThat(w.audit()).hasSize(records + 1);
    }
  }
}
