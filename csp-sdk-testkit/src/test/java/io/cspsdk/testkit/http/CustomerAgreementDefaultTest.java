package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Scenario;
import org.junit.jupiter.api.Test;

/** Purchases need an accepted Microsoft Customer Agreement by default; opting out is a setting reset restores. */
class CustomerAgreementDefaultTest {
  private static final String ORDER =
      "{\"lineItems\": [{\"offerId\": \"CFQ7TTC0LH18:0001:CFQ7TTC0KCWD\", \"quantity\": 1}]}";

  private static int buy(FakePartnerCenter fake) {
    String c = fake.seed().customer("Contoso").lastCustomerId();
    Http.Answer a = new Http(fake.endpoint()).send("POST", "/customers/" + c + "/orders", ORDER);
    if (a.status() == 400) {
      assertThat(a.json().get("code").asInt()).isEqualTo(13605);
    }
    return a.status();
  }

  @Test
  void purchase_withoutAgreement_isRefused13605ByDefault() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
      assertThat(buy(fake)).isEqualTo(400);
      String c = fake.seed().customer("Fabrikam").lastCustomerId();
      Http http = new Http(fake.endpoint());
      assertThat(http.send("POST", "/customers/" + c + "/agreements",
          "{\"type\": \"MicrosoftCustomerAgreement\", \"templateId\": \"117a77b0-9360-443b-8795-c6dedc750cf9\", \"dateAgreed\": \"2026-01-05T09:00:00Z\"}").status())
          .isEqualTo(201);
      assertThat(http.send("POST", "/customers/" + c + "/orders", ORDER).status()).isEqualTo(201);
    }
  }

  @Test
  void seededSubscription_recordsTheAgreementItImplies() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
      String c = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 3).lastCustomerId();
      assertThat(new Http(fake.endpoint()).get("/customers/" + c + "/agreements").json().get("items")).hasSize(1);
    }
  }

  @Test
  void optOut_fromTheBuilderOrAScenario_allowsThePurchase() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().requireCustomerAgreement(false).build().start()) {
      assertThat(buy(fake)).isEqualTo(201);
    }
    Scenario scenario = Scenario.parse("{\"requireCustomerAgreement\": false}");
    try (FakePartnerCenter fake = FakePartnerCenter.builder().scenario(scenario).build().start()) {
      assertThat(buy(fake)).isEqualTo(201);
    }
  }

  @Test
  void reset_restoresTheBuilderSettings_soNoTestLeaksIntoTheNext() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().requireCustomerAgreement(false).maxPageSize(3)
        .build().start()) {
      fake.requireCustomerAgreement(true);
      fake.maxPageSize(1);
      fake.sandbox(false);
      fake.exportPollsUntilDone(4);
      fake.tokenValidator(t -> false);
      assertThat(buy(fake)).isEqualTo(401);
      fake.reset();
      assertThat(buy(fake)).isEqualTo(201);
      fake.seed().customers(5);
      assertThat(new Http(fake.endpoint()).get("/customers").json().get("items")).hasSize(3);
      String c = fake.seed().customer("Sandboxed").lastCustomerId();
      assertThat(new Http(fake.endpoint()).send("DELETE", "/customers/" + c, null).status()).isEqualTo(204);
    }
  }
}
