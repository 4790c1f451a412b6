package io.cspsdk.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.internal.FastPricing;
import io.cspsdk.billing.internal.LinePricer;
import io.cspsdk.billing.internal.Scaled;
import io.cspsdk.billing.internal.ScaledPrice;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.testing.Lines;
import io.cspsdk.billing.testing.RandomLines;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaledChainPricerTest {

  @Test
  void price_randomLinesAndChains_givesTheGeneralPathsValuesOrDeclines() {
    RandomLines random = new RandomLines(20240611L);
    int priced = 0;
    int declined = 0;
    for (int run = 0; run < 40; run++) {
      PricingChain chain = random.chain();
      LinePricer pricer = FastPricing.pricer(chain);
      ScaledPrice out = new ScaledPrice();
      for (CostLine line : random.lines(500)) {
        if (!pricer.price(line, out)) {
          declined++;
          continue;
        }
        priced++;
        PricedLine expected = chain.price(line);
        assertThat(out.currency).isEqualTo(expected.currency());
        assertThat(Scaled.toDecimal(out.unitPrice)).isEqualByComparingTo(expected.unitPrice());
        assertThat(Scaled.toDecimal(out.effectiveUnitPrice)).isEqualTo(expected.effectiveUnitPrice());
        assertThat(Scaled.toDecimal(out.amount)).isEqualByComparingTo(expected.amount());
        assertThat(Scaled.toDecimal(out.costAmount)).isEqualByComparingTo(expected.costAmount());
        assertThat(BigDecimal.valueOf(out.quantity)).isEqualTo(line.quantity());
      }
    }
    // both paths must really be exercised, or this test proves nothing
    assertThat(priced).isGreaterThan(3_000);
    assertThat(declined).isGreaterThan(2_000);
  }

  @Test
  void price_noApplicableRule_declinesSoTheGeneralPathReportsIt() {
    PricingChain chain =
        PricingChain.of(TierPricing.builder("t").rule(RuleScope.customer("other"), Markup.percent("10")).build());
    CostLine line = Lines.line().build();

    assertThat(FastPricing.pricer(chain).price(line, new ScaledPrice())).isFalse();
    assertThatThrownBy(() -> chain.price(line)).isInstanceOf(NoApplicablePriceException.class);
  }

  @Test
  void price_marginWithDoubleRounding_matchesTierPricing() {
    // 141.57 / 0.87655 = 161.5081854999714… → 161.5081855000 (10 decimals) → 161.508186, not 161.508185
    PricingChain chain =
        PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Margin.percent("12.345")).build());
    CostLine line =
        Lines.line().unitPrice(new BigDecimal("141.57")).effectiveUnitPrice(new BigDecimal("-9.354838"))
            .quantity(BigDecimal.valueOf(7)).build();
    ScaledPrice out = new ScaledPrice();

    assertThat(FastPricing.pricer(chain).price(line, out)).isTrue();
    assertThat(Scaled.toDecimal(out.unitPrice)).isEqualTo(chain.price(line).unitPrice()).isEqualTo("161.508186");
    assertThat(Scaled.toDecimal(out.effectiveUnitPrice)).isEqualTo(chain.price(line).effectiveUnitPrice());
    assertThat(Scaled.toDecimal(out.amount)).isEqualTo(chain.price(line).amount());
  }

  @Test
  void price_rulesOfOneSubscriptionChangingProduct_followTheLine() {
    PricingChain chain =
        PricingChain.of(
            TierPricing.builder("t")
                .rule(RuleScope.global(), Markup.percent("10"))
                .rule(RuleScope.product(PriceKey.product("P2")), Markup.percent("50"))
                .build());
    LinePricer pricer = FastPricing.pricer(chain);
    ScaledPrice out = new ScaledPrice();
    List<CostLine> lines = List.of(Lines.line().build(), Lines.line().productId("P2").build(), Lines.line().build());
    long[] prices = new long[3];
    for (int i = 0; i < 3; i++) {
      assertThat(pricer.price(lines.get(i), out)).isTrue();
      prices[i] = out.unitPrice;
    }
    assertThat(prices).containsExactly(11_000_000L, 15_000_000L, 11_000_000L);
  }
}
