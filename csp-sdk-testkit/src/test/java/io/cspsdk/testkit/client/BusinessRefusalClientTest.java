package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.AgreementMissingException;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.BusinessRefusal;
import io.cspsdk.core.error.CancellationRefusedException;
import io.cspsdk.core.error.ErrorCodes;
import io.cspsdk.core.error.NoLicensesLeftException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.RefusalReason;
import io.cspsdk.core.error.SeatDecreaseRefusedException;
import io.cspsdk.core.error.UnknownCatalogItemException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.model.User;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The fake's business refusals reach the caller as typed refusals, over real HTTP. */
class BusinessRefusalClientTest extends ClientFixture {
  private static final String BASIC_ITEM = BASIC + ":CFQ7TTC0KCWD";

  private Subscription buy(String customerId, String item, int quantity) {
    Cart cart = pc.carts(customerId).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId(item).quantity(quantity).billingCycle(BillingCycle.of("monthly"))
        .termDuration(TermDuration.of("P1Y")).build()).build());
    String subscriptionId = pc.carts(customerId).checkout(cart.id())
        .orders().get(0).lineItems().get(0).subscriptionId().orElseThrow();
    return pc.subscriptions(customerId).get(subscriptionId);
  }

  private static BusinessRefusal refusal(Throwable t) {
    assertThat(((PartnerCenterException) t).isRetryable()).isFalse();
    return (BusinessRefusal) t;
  }

  @Test
  void cancel_afterTheWindow_isCancellationRefusedUntilTheSubscriptionsDate() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 2);
    clock.advance(Duration.ofDays(7).plusMinutes(1));

    assertThatThrownBy(() -> pc.subscriptions(c).cancel(s.id()))
        .isInstanceOf(CancellationRefusedException.class).isInstanceOf(BadRequestException.class)
        .satisfies(e -> {
          assertThat(refusal(e).reason()).isEqualTo(RefusalReason.CANCELLATION_WINDOW_CLOSED);
          assertThat(refusal(e).allowedUntil()).isEqualTo(s.cancellationAllowedUntilDate());
          assertThat(((CancellationRefusedException) e).errorCode()).contains(ErrorCodes.CANCELLATION_WINDOW_CLOSED);
        });
  }

  @Test
  void changeQuantity_decreaseAfterTheWindow_isSeatDecreaseRefused() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Subscription s = buy(c, BASIC_ITEM, 10);
    clock.advance(Duration.ofDays(8));

    assertThatThrownBy(() -> pc.subscriptions(c).changeQuantity(s.id(), 7))
        .isInstanceOf(SeatDecreaseRefusedException.class)
        .satisfies(e -> assertThat(refusal(e).operation()).isEqualTo("removeQuantity"));
  }

  @Test
  void order_withoutAgreementOrForUnknownItem_isTypedRefusal() {
    String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    assertThatThrownBy(() -> buy(c, "NOPE0000:0001:NOPE", 1)).isInstanceOf(UnknownCatalogItemException.class)
        .satisfies(e -> assertThat(refusal(e).reason()).isEqualTo(RefusalReason.UNKNOWN_CATALOG_ITEM));

    fake.requireCustomerAgreement(true);
    String other = fake.seed().customer("Fabrikam").lastCustomerId();
    assertThatThrownBy(() -> buy(other, BASIC_ITEM, 1)).isInstanceOf(AgreementMissingException.class)
        .satisfies(e -> assertThat(refusal(e).reason()).isEqualTo(RefusalReason.AGREEMENT_MISSING));
  }

  @Test
  void assignLicense_noneLeft_isNoLicensesLeft() {
    String c = fake.seed().customer("Contoso").agreementAccepted().subscription(BASIC, 1).users(2).lastCustomerId();
    List<User> users = StreamSupport.stream(pc.users(c).list().spliterator(), false).toList();
    pc.licenses(c).assign(users.get(0).id(), BASIC_LICENCE);

    assertThatThrownBy(() -> pc.licenses(c).assign(users.get(1).id(), BASIC_LICENCE))
        .isInstanceOf(NoLicensesLeftException.class)
        .satisfies(e -> assertThat(refusal(e).reason()).isEqualTo(RefusalReason.NO_LICENSES_LEFT));
  }
}
