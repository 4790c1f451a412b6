package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ProductSku;
import io.cspsdk.core.model.Subscription;
import org.junit.jupiter.api.Test;

class LicenceSkuClientTest extends ClientFixture {

  @Test
  void licenseSkuId_ofAPurchasedSubscription_isTheSkuItsSeatsAppearUnder() {
    String c = fake.seed().customer("Contoso").subscription(BASIC, 3).lastCustomerId();
    Subscription s = pc.subscriptions(c).list().stream().findFirst().orElseThrow();

    String licence = pc.catalog().licenseSkuId(s, "US").orElseThrow();

    assertThat(licence).isEqualTo(BASIC_LICENCE);
    assertThat(pc.licenses(c).subscribedSkus().stream()
        .map(k -> k.productSku().flatMap(ProductSku::id).orElseThrow())).contains(licence);
  }

  @Test
  void provisioningId_ofASkuWithoutLicences_isEmpty() {
    assertThat(pc.catalog().sku("CFQ7TTC0LH18", "0001", "US").provisioningId()).contains(BASIC_LICENCE);
    assertThat(pc.catalog().sku("DZH318Z0BXWC", "0001", "US").provisioningId()).isEmpty();
  }

  @Test
  void licenseSkuId_offerIdNotACatalogItem_isRefusedNamingTheField() {
    String c = fake.seed().customer("Contoso").subscription(BASIC, 1).lastCustomerId();
    Subscription legacy = pc.subscriptions(c).list().stream().findFirst().orElseThrow().toBuilder()
        .offerId("031C9E47-4802-4248-838E-778FB1D2CC05").build();

    assertThatThrownBy(() -> pc.catalog().licenseSkuId(legacy, "US")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("subscription.offerId");
  }
}
