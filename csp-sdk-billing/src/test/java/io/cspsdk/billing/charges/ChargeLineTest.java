package io.cspsdk.billing.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChargeLineTest {

  private static ChargeLine.Builder line() {
    return ChargeLine.builder()
        .subscriptionId("sub-1")
        .chargeType(ChargeType.ADD_QUANTITY)
        .chargeStartDate(LocalDate.of(2022, 3, 7))
        .chargeEndDate(LocalDate.of(2022, 4, 4))
        .quantity(10)
        .unitPrice(new BigDecimal("12.00"))
        .effectiveUnitPrice(new BigDecimal("-11.225806"))
        .amount(new BigDecimal("-112.25"))
        .currency("USD")
        .termDuration(TermDuration.P1M)
        .billingCycle(BillingCycle.MONTHLY)
        .referenceId("ref-1");
  }

  @Test
  void build_refundLine_keepsSignedAmountAndMoney() {
    ChargeLine l = line().build();
    assertThat(l.money()).isEqualTo(Money.of("-112.25", "USD"));
    assertThat(l.customerId()).isEmpty();
    assertThat(l.toBuilder().customerId("c-1").build().customerId()).contains("c-1");
  }

  @Test
  void build_endBeforeStart_isRefused() {
    assertThatThrownBy(() -> line().chargeEndDate(LocalDate.of(2022, 3, 6)).build())
        .hasMessageStartingWith("chargeEndDate:");
  }

  @Test
  void build_negativeQuantityOrLowerCaseCurrency_isRefused() {
    assertThatThrownBy(() -> line().quantity(-1).build()).hasMessageStartingWith("quantity:");
    assertThatThrownBy(() -> line().currency("usd").build()).hasMessageStartingWith("currency:");
  }
}
