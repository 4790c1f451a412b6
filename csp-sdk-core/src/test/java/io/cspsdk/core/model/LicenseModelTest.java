package io.cspsdk.core.model;


import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.internal.json.Json;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseModelTest {

  @Test
  void subscribedSku_partnerCenterJson_readsCountsSkuAndPlans_evenWithNumbersAsStrings() throws Exception {
    JsonNode items = Json.mapper().readTree(Fixtures.text("subscribed-skus.json")).get("items");
    SubscribedSku s = Json.mapper().treeToValue(items.get(0), SubscribedSku.class);
    assertThat(s.availableUnits()).contains(12);
    assertThat(s.activeUnits()).contains(25);
    assertThat(s.consumedUnits()).contains(13);
    assertThat(s.suspendedUnits()).contains(0);
    assertThat(s.totalUnits()).contains(25);
    assertThat(s.warningUnits()).contains(0);
    assertThat(s.capabilityStatus()).contains("Enabled");
    ProductSku sku = s.productSku().get();
    assertThat(sku.id()).contains("f245ecc8-75af-4f8e-b61f-27d8114de5f3");
    assertThat(sku.name()).contains("Microsoft 365 Business Standard");
    assertThat(sku.skuPartNumber()).contains("O365_BUSINESS_PREMIUM");
    assertThat(sku.targetType()).contains("User");
    assertThat(sku.licenseGroupId()).contains("Group1");
    assertThat(s.servicePlans()).hasSize(2).first().satisfies(p -> {
      assertThat(p.displayName()).contains("Exchange Online (Plan 1)");
      assertThat(p.serviceName()).contains("EXCHANGE_S_STANDARD");
      assertThat(p.id()).contains("9aaf7827-d63c-4b61-89c3-182f06f82e5c");
      assertThat(p.capabilityStatus()).contains("Enabled");
      assertThat(p.targetType()).contains("User");
    });
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(s), SubscribedSku.class)).isEqualTo(s);

    SubscribedSku suspended = Json.mapper().treeToValue(items.get(1), SubscribedSku.class);
    assertThat(suspended.availableUnits()).contains(0);
    assertThat(suspended.suspendedUnits()).isEmpty();
    assertThat(suspended.servicePlans()).isEmpty();
  }

  @Test
  void license_partnerCenterJson_parses() throws Exception {
    JsonNode item = Json.mapper().readTree(Fixtures.text("user-licenses.json")).get("items").get(0);
    License l = Json.mapper().treeToValue(item, License.class);
    assertThat(l.productSku().flatMap(ProductSku::skuPartNumber)).contains("O365_BUSINESS_PREMIUM");
    assertThat(l.servicePlans()).singleElement().satisfies(p -> assertThat(p.serviceName())
        .contains("EXCHANGE_S_STANDARD"));
  }

  @Test
  void licenseUpdate_responseWithNullListAndWarnings_parses_andRequestShapeIsExact() throws Exception {
    LicenseUpdate u = Json.mapper().readValue(Fixtures.text("license-update-response.json"), LicenseUpdate.class);
    assertThat(u.licensesToAssign()).singleElement().satisfies(a -> {
      assertThat(a.skuId()).isEqualTo("f245ecc8-75af-4f8e-b61f-27d8114de5f3");
      assertThat(a.excludedPlans()).containsExactly("9aaf7827-d63c-4b61-89c3-182f06f82e5c");
    });
    assertThat(u.licensesToRemove()).isEmpty();
    assertThat(u.licenseWarnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).contains("LicenseWarning");
      assertThat(w.message().get()).contains("SharePoint Online");
      assertThat(w.servicePlans()).containsExactly("SHAREPOINTSTANDARD");
    });

    LicenseUpdate request = LicenseUpdate.builder()
        .addLicensesToAssign(LicenseAssignment.builder().skuId("sku-a").addExcludedPlans("plan-1").build())
        .addLicensesToRemove("sku-b").build();
    assertThat(Json.mapper().writeValueAsString(request)).isEqualTo("{\"licensesToAssign\":[{\"skuId\":\"sku-a\","
        + "\"excludedPlans\":[\"plan-1\"]}],\"licensesToRemove\":[\"sku-b\"],\"licenseWarnings\":[]}");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(request), LicenseUpdate.class))
        .isEqualTo(request);
  }
}
