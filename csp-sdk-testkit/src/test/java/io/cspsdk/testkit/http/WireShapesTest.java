package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakePartnerCenter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shapes as Microsoft's REST reference and samples show them, read by a client that knows only those. */
class WireShapesTest {
  private FakePartnerCenter fake;
  private Http http;

  @BeforeEach
  void start() {
    fake = FakePartnerCenter.builder().build().start();
    http = new Http(fake.endpoint());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void sizeZero_withAFilter_answersTheDefaultPage() {
    String c = fake.seed().customer("Contoso East").customer("Contoso West").users(3).lastCustomerId();
    String filter = URLEncoder.encode("{\"Field\":\"CompanyName\",\"Value\":\"Contoso\",\"Operator\":\"starts_with\"}",
        StandardCharsets.UTF_8);
    Http.Answer customers = http.get("/customers?size=0&filter=" + filter);
    assertThat(customers.status()).isEqualTo(200);
    assertThat(customers.json().get("items")).hasSize(2);
    Http.Answer users = http.get("/customers/" + c + "/users?size=0");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.json().get("items")).hasSize(3);
    assertThat(http.get("/invoices?size=-1").status()).isEqualTo(200);
  }

  @Test
  void sku_hasPrerequisitesAsAnArrayAndTheLicenceSkuAsProvisioningId() {
    JsonNode sku = http.get("/products/CFQ7TTC0LH18/skus/0001?country=US").json();
    assertThat(sku.get("purchasePrerequisites").isArray()).isTrue();
    assertThat(sku.get("purchasePrerequisites").get(0).asText()).isEqualTo("MicrosoftCloudAgreement");
    JsonNode dyn = sku.get("dynamicAttributes");
    assertThat(dyn.get("provisioningId").asText()).isEqualTo("3b555118-da6a-4418-894f-7df1e2096870");
    assertThat(dyn.has("licenseSkuId")).isFalse();
    assertThat(dyn.get("isAddon").isBoolean()).isTrue();
    assertThat(dyn.get("upgradeTargetOffers").isArray()).isTrue();
    JsonNode azure = http.get("/products/DZH318Z0BXWC/skus/0001?country=US").json();
    assertThat(azure.get("dynamicAttributes").get("provisioningId").isNull()).isTrue();
    JsonNode product = http.get("/products/CFQ7TTC0LH18?country=US").json();
    assertThat(product.get("productType").get("id").asText()).isEqualTo("OnlineServicesNCE");
    assertThat(http.get("/products?country=US&targetView=OnlineServicesNCE").json().get("items").size())
        .isGreaterThanOrEqualTo(12);
  }

  @Test
  void invoicesAndBilledLineItems_areShapedAndLinkedAsPartnerCenterDoes() {
    fake.maxPageSize(1);
    fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10).subscription("CFQ7TTC0LCHC:0002", 2);
    fake.clock().set(Instant.parse("2026-02-01T00:00:00Z"));
    JsonNode invoice = http.get("/invoices").json().get("items").get(0);
    assertThat(invoice.get("invoiceType").asText()).isEqualTo("OneTime");
    String pdf = invoice.get("pdfDownloadLink").asText();
    assertThat(pdf).startsWith(fake.baseUri().toString());
    assertThat(new Http(fake.baseUri()).get(pdf.substring(fake.baseUri().toString().length())).body())
        .startsWith("%PDF");
    String id = invoice.get("id").asText();

    Http.Answer first = http.get("/invoices/" + id + "/lineitems?provider=onetime&invoicelineitemtype=billinglineitems"
        + "&size=1");
    JsonNode line = first.json().get("items").get(0);
    assertThat(line.get("invoiceLineItemType").asText()).isEqualTo("billing_line_items");
    assertThat(line.get("billingProvider").asText()).isEqualTo("one_time");
    JsonNode next = first.json().get("links").get("next");
    String uri = next.get("uri").asText();
    assertThat(uri).startsWith("/invoices/");
    JsonNode token = next.get("headers").get(0);
    // a client that prefixes /v1/ to the link, as to every other listing's link
    Http.Answer second = http.get("/v1" + uri, token.get("key").asText(), token.get("value").asText());
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("items").get(0).get("invoiceLineItemType").asText()).isEqualTo("billing_line_items");
  }

  @Test
  void legacyOfferOrder_createsALegacyShapedSubscription() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    JsonNode offer = http.get("/offers?country=US").json().get("items").get(0);
    String offerId = offer.get("id").asText();
    assertThat(offerId).doesNotContain(":");
    Http.Answer order = http.send("POST", "/customers/" + c + "/orders",
        "{\"referenceCustomerId\": \"" + c + "\", \"billingCycle\": \"monthly\", \"lineItems\": "
            + "[{\"lineItemNumber\": 0, \"offerId\": \"" + offerId + "\", \"quantity\": 2}]}");
    assertThat(order.status()).as(order.body()).isEqualTo(201);
    assertThat(order.json().get("lineItems").get(0).get("offerId").asText()).isEqualTo(offerId);
    String sub = order.json().get("lineItems").get(0).get("subscriptionId").asText();
    JsonNode s = http.get("/customers/" + c + "/subscriptions/" + sub).json();
    assertThat(s.get("offerId").asText()).isEqualTo(offerId);
    assertThat(s.get("productType").get("id").asText()).isEqualTo("OnlineServices");
    assertThat(s.get("links").get("offer").get("uri").asText()).isEqualTo("/offers/" + offerId);
    assertThat(s.has("refundOptions")).isFalse();
    assertThat(s.has("cancellationAllowedUntilDate")).isFalse();
    JsonNode nce = http.get("/customers/" + fake.seed().customer("Fabrikam").subscription("CFQ7TTC0LH18:0001", 1)
        .lastCustomerId() + "/subscriptions").json().get("items").get(0);
    assertThat(nce.get("offerId").asText()).isEqualTo("CFQ7TTC0LH18:0001:CFQ7TTC0KCWD");
    assertThat(nce.get("productType").get("id").asText()).isEqualTo("OnlineServicesNCE");
  }
}
