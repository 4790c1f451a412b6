package io.cspsdk.sync.approvals;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.testkit.FakeClock;
import org.junit.jupiter.api.Test;

class PurchaseRequestTest {
  private final Shop shop = new Shop(FakeClock.atDefaultStart());

  private static void refused(Runnable build, String field) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class,
        e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void build_purchaseWithoutTerm_namesTermDuration() {
    refused(() -> PurchaseRequest.builder().idempotencyKey("k").kind(RequestKind.NEW_SUBSCRIPTION).customerId("c")
        .requester(Requester.customer("bob")).catalogItemId(Shop.STANDARD).quantity(1).build(), "termDuration");
  }

  @Test
  void build_malformedCatalogItem_namesCatalogItemId() {
    refused(() -> shop.purchase("k", "c", Requester.customer("bob"), Shop.STANDARD, 1).catalogItemId("CFQ7TTC0LCHC")
        .build(), "catalogItemId");
  }

  @Test
  void build_addOnWithoutParent_namesParentSubscriptionId() {
    refused(() -> shop.purchase("k", "c", Requester.customer("bob"), Shop.STANDARD, 1).kind(RequestKind.ADD_ON)
        .build(), "parentSubscriptionId");
  }

  @Test
  void build_seatChangeToZero_namesQuantity() {
    refused(() -> PurchaseRequest.builder().idempotencyKey("k").kind(RequestKind.SEAT_CHANGE).customerId("c")
        .requester(Requester.customer("bob")).subscriptionId("s").quantity(0).build(), "quantity");
  }

  @Test
  void build_quoteOfAnotherCustomer_namesQuoteCustomerId() {
    refused(() -> shop.purchase("k", "c", Requester.customer("bob"), Shop.STANDARD, 1)
        .quote(shop.quote("other", Shop.STANDARD, 1)).build(), "quote.customerId");
  }

  @Test
  void build_blankKeyOrRequester_isRefused() {
    refused(() -> shop.purchase(" ", "c", Requester.customer("bob"), Shop.STANDARD, 1).build(), "idempotencyKey");
    refused(() -> Requester.customer(""), "requester.id");
  }
}
