package io.cspsdk.billing.charges;

import static io.cspsdk.billing.charges.Fixtures.d;
import static io.cspsdk.billing.charges.Fixtures.purchase;
import static io.cspsdk.billing.charges.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineValidationTest {

  @Test
  void purchase_zeroQuantity_isRefusedNamingTheField() {
    assertThatThrownBy(() -> purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 0, "1.00").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("purchase.quantity: must be at least 1, was 0");
  }

  @Test
  void purchase_negativePriceOrBadCurrency_isRefused() {
    assertThatThrownBy(() -> purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "-1.00").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("purchase.unitPrice:");
    assertThatThrownBy(() -> purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00")
        .currency("dollars").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("purchase.currency:");
  }

  @Test
  void event_beforeThePurchase_isRefusedWithItsIndex() {
    assertThatThrownBy(() -> timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00"))
        .addSeats(d("2022-03-06"), 1).removeSeats(d("2022-03-04"), 1).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("events[1]: SeatsRemoved at 2022-03-04T00:00:00Z is before the purchase");
  }

  @Test
  void event_zeroSeats_isRefused() {
    assertThatThrownBy(() -> timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00"))
        .addSeats(d("2022-03-06"), 0).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("events[0].quantity: must be at least 1, was 0");
  }

  @Test
  void purchaseDate_isTheUtcDateOfTheInstant() {
    Purchase p = purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00")
        .purchasedAt(Instant.parse("2022-03-05T23:59:59Z")).build();

    assertThat(p.purchaseDate()).isEqualTo(d("2022-03-05"));
    assertThat(p.autoRenew()).isTrue();
  }

  @Test
  void billingDay_outOfRange_isRefused() {
    assertThatThrownBy(() -> timeline(purchase("2022-03-05", TermDuration.P1M, BillingCycle.MONTHLY, 1, "1.00"))
        .billingDay(32).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("billingDay: must be between 1 and 31, was 32");
  }
}
