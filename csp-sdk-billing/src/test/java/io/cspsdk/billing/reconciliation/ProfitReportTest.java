package io.cspsdk.billing.reconciliation;

import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.pricing.Margin;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.core.model.ChargeType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProfitReportTest {
  private static final PricingChain PRICING =
      PricingChain.of(
          TierPricing.builder("t")
              .rule(RuleScope.global(), Markup.percent("100"))
              .rule(RuleScope.customer("C2"), Margin.percent("20"))
              .build());

  @Test
  void profit_perCustomerAndSubscription_isPriceMinusCost() {
    ProfitReport r =
        ProfitReport.of(
            Stream.of(
                    line().quantity(dec("3")).build(), // cost 30, price 60
                    line().subscriptionId("S9").build(), // cost 10, price 20
                    line().chargeType(ChargeType.CUSTOMER_CREDIT).unitPrice(dec("-5")).build(), // -5 / -5
                    line().customerId("C2").subscriptionId("S2").unitPrice(dec("8")).build()) // cost 8, price 10
                .map(PRICING::price),
            RoundingPolicy.halfUp());
    assertThat(r.byCustomer().get("C1")).isEqualTo(new Profit(dec("75.00"), dec("35.00")));
    assertThat(r.byCustomer().get("C1").profit()).isEqualByComparingTo("40.00");
    assertThat(r.byCustomer().get("C2").profit()).isEqualByComparingTo("2.00");
    assertThat(r.byCustomer().get("C2").marginPercent()).contains(dec("20.00"));
    assertThat(r.bySubscription().get("S1").profit()).isEqualByComparingTo("30.00");
    assertThat(r.bySubscription().get("S9").profit()).isEqualByComparingTo("10.00");
    assertThat(r.bySubscription().keySet()).containsExactly("S1", "S2", "S9");
    assertThat(r.customerOf("S2")).contains("C2");
    assertThat(r.total().profit()).isEqualByComparingTo("42.00");
    assertThat(r.currency()).contains("EUR");
  }

  @Test
  void marginPercent_zeroRevenue_isEmpty() {
    assertThat(new Profit(dec("0.00"), dec("1.00")).marginPercent()).isEmpty();
  }
}
