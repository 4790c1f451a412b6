package io.cspsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogItemIdOverloadsTest {
  private static final CatalogItemId BASIC = CatalogItemId.of("CFQ7TTC0LH18", "0001", "CFQ7TTC0KCWD");

  @Test
  void cartLineItem_typedId_isSentInWireFormAndReadBack() {
    CartLineItem item = CartLineItem.builder().catalogItemId(BASIC).quantity(2).build();

    assertThat(item.catalogItemId()).contains("CFQ7TTC0LH18:0001:CFQ7TTC0KCWD");
    assertThat(item.catalogItem()).contains(BASIC);
  }

  @Test
  void cartLineItem_textThatIsNoCatalogItemId_hasNoTypedId() {
    assertThat(CartLineItem.builder().catalogItemId("not-an-id").build().catalogItem()).isEmpty();
  }

  @Test
  void transition_typedTarget_isSentInWireForm() {
    assertThat(Transition.builder().toCatalogItemId(BASIC).quantity(1).build().toCatalogItemId())
        .contains("CFQ7TTC0LH18:0001:CFQ7TTC0KCWD");
  }
}
