package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private FakePartnerCenter fake;
  private Http http;
  private String customer;

  @BeforeEach
  void start() {
    fake = FakePartnerCenter.builder().build().start();
    http = new Http(fake.endpoint());
    customer = fake.seed().customer("Contoso").lastCustomerId();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void agreementMetadata_listsTheTemplate_andCreationValidatesIt() {
    Http.Answer meta = http.get("/agreements?agreementType=MicrosoftCustomerAgreement");
    assertThat(meta.json().get("items")).hasSize(1);
    String template = meta.json().get("items").get(0).get("templateId").asText();
    assertThat(template).isEqualTo("117a77b0-9360-443b-8795-c6dedc750cf9");
    assertThat(http.get("/agreements?agreementType=All").json().get("items")).hasSize(2);
    String path = "/customers/" + customer + "/agreements";
    Http.Answer wrong = http.send("POST", path, "{\"type\": \"MicrosoftCustomerAgreement\", \"templateId\": "
        + "\"00000000-0000-0000-0000-000000000000\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("description").asText()).contains("templateId");
    assertThat(http.send("POST", path, "{\"type\": \"MicrosoftCustomerAgreement\"}").status()).isEqualTo(400);
    assertThat(http.get(path).json().get("items")).isEmpty();
    assertThat(http.send("POST", path, "{\"type\": \"MicrosoftCustomerAgreement\", \"templateId\": \"" + template
        + "\"}").status()).isEqualTo(201);
  }

  @Test
  void singularQualification_answersTheLatestAsABareString() {
    assertThat(http.get("/customers/" + customer + "/qualification").body()).isEqualTo("\"none\"");
    http.send("POST", "/customers/" + customer + "/qualifications", "{\"qualification\": \"Education\"}");
    Http.Answer q = http.get("/customers/" + customer + "/qualification");
    assertThat(q.status()).isEqualTo(200);
    assertThat(q.json().asText()).isEqualTo("education");
  }

  @Test
  void supportTopics_areListed() {
    Http.Answer topics = http.get("/servicerequests/supporttopics");
    assertThat(topics.status()).isEqualTo(200);
    assertThat(topics.json().get("items")).isNotEmpty()
        .allSatisfy(t -> assertThat(t.get("id").isNumber() && t.hasNonNull("name")).isTrue());
  }

  @Test
  void priceSheet_forAnotherViewOrAFutureHistoryMonth_is400() {
    assertThat(new Http(fake.priceSheetEndpoint()).get(
        "/sales/pricesheets(Market='US',PricesheetView='updatedusage')/$value").status()).isEqualTo(400);
    assertThat(new Http(fake.priceSheetEndpoint()).get(
        "/sales/pricesheets(Market='US',PricesheetView='updatedlicensebased')/$value?timeline=history&month=209901")
        .status()).isEqualTo(400);
  }
}
