package io.cspsdk.billing.testing;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Cost lines for tests: a P1Y monthly licence of customer C1, subscription S1, product P1/SKU1, in EUR. */
public final class Lines {
  private Lines() {}

  public static CostLine.Builder line() {
    return CostLine.builder()
        .customerId("C1")
        .subscriptionId("S1")
        .productId("P1")
        .skuId("0001")
        .productName("Microsoft 365 Business Basic")
        .chargeType(ChargeType.CYCLE_CHARGE)
        .chargeStartDate(LocalDate.parse("2024-03-01"))
        .chargeEndDate(LocalDate.parse("2024-03-31"))
        .quantity(BigDecimal.ONE)
        .unitPrice(new BigDecimal("10"))
        .pricingCurrency("EUR")
        .termDuration(TermDuration.P1Y)
        .billingCycle(BillingCycle.MONTHLY);
  }

  /** A full cycle charge of {@code quantity} × {@code unitPrice} from {@code start} to {@code end}. */
  public static CostLine charge(String unitPrice, int quantity, String start, String end) {
    return line()
        .unitPrice(new BigDecimal(unitPrice))
        .quantity(BigDecimal.valueOf(quantity))
        .chargeStartDate(LocalDate.parse(start))
        .chargeEndDate(LocalDate.parse(end))
        .build();
  }

  public static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
