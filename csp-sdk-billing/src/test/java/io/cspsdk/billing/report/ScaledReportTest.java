package io.cspsdk.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.testing.Lines;
import io.cspsdk.billing.testing.RandomLines;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BillingReportBuilder#addAll} (scaled fast path where it applies) against {@link BillingReportBuilder#add}. */
class ScaledReportTest {

  @Test
  void addAll_randomLines_reportIdenticalToPricingEachLine() {
    RandomLines random = new RandomLines(7L);
    for (int run = 0; run < 30; run++) {
      PricingChain chain = random.chain();
      List<CostLine> lines = random.lines(400);
      RoundingPolicy rounding =
          run % 3 == 0 ? RoundingPolicy.builder().defaultMode(RoundingMode.DOWN).build() : RoundingPolicy.halfUp();

      BillingReport fast = builder(run).rounding(rounding).addAll(lines.stream(), chain).build();
      BillingReportBuilder general = builder(run).rounding(rounding);
      lines.forEach(line -> general.add(chain.price(line)));

      assertThat(fast).isEqualTo(general.build());
      assertThat(fast.lineCount()).isPositive();
    }
  }

  @Test
  void addAll_sumsBeyondScaledRange_stayExact() {
    // priced in scaled values (cost 499,999,999,995 per line), but 20 of them overflow a long at 6 decimals
    CostLine big = Lines.line().unitPrice(new BigDecimal("999999999.99")).quantity(BigDecimal.valueOf(500)).build();
    // too large for scaled values: priced on the general path
    CostLine huge = Lines.line().unitPrice(new BigDecimal("999999999999.99")).build();
    List<CostLine> lines = new ArrayList<>(Collections.nCopies(20, big));
    lines.add(7, huge);
    PricingChain chain = PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("20")).build());

    BillingReport fast = builder(0).addAll(lines.iterator(), chain).build();
    BillingReportBuilder general = builder(0);
    lines.forEach(line -> general.add(chain.price(line)));

    assertThat(fast).isEqualTo(general.build());
    // 20 × 1,199,999,999.988 × 500 + 1,199,999,999,999.988
    assertThat(fast.amount()).isEqualTo("13199999999879.99");
    assertThat(fast.cycles().get(1).subscriptions().get(0).lines()).extracting(DetailLine::quantity)
        .containsExactlyInAnyOrder(new BigDecimal("10000"), BigDecimal.ONE);
  }

  private static BillingReportBuilder builder(int run) {
    BillingReportBuilder b =
        BillingReportBuilder.create(BillingCalendar.billingDay(1 + run % 28), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30));
    return run % 5 == 4 ? b.customer("C1") : b;
  }
}
