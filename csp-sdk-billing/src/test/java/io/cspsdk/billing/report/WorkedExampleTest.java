package io.cspsdk.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.testing.Timelines;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the module README: a purchase, a seat add and a cancellation run through the charge
 * engine, priced with a 20 % markup (and one customer price), reported for March 2022. The README shows the CSV
 * this test produces; the test fails when they drift apart.
 */
class WorkedExampleTest {

  private static final java.util.Map<String, String> PRODUCT_NAMES =
      java.util.Map.of("CFQ7TTC0LH18", "Microsoft 365 Business Basic", "CFQ7TTC0LH16", "Exchange Online (Plan 1)");

  static BillingReport marchReport() {
    ChargeEngine engine = ChargeEngine.newCommerce();
    SubscriptionTimeline basic =
        Timelines.seatAdditionMarch2022("sub-basic", "contoso", "CFQ7TTC0LH18");
    SubscriptionTimeline exchange =
        SubscriptionTimeline.builder()
            .subscriptionId("sub-exchange")
            .customerId("contoso")
            .purchase(
                Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 15)).termDuration(TermDuration.P1M)
                    .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("10.08"))
                    .currency("USD").productId("CFQ7TTC0LH16").skuId("0001").build())
            .cancel(LocalDate.of(2022, 3, 17))
            .build();
    LocalDate from = LocalDate.of(2022, 3, 1);
    LocalDate to = LocalDate.of(2022, 3, 31);
    Stream<CostLine> costs =
        Stream.of(basic, exchange)
            .flatMap(t -> engine.charges(t, from, to).stream())
            .map(l -> CostLine.from(l).toBuilder().productName(PRODUCT_NAMES.get(l.productId().get())).build());

    PriceList contosoPrices =
        PriceList.forCustomer("Contoso agreement", "contoso")
            .price(PriceKey.sku("CFQ7TTC0LH16", "0001"), Money.of("11.00", "USD"))
            .build();
    PricingChain pricing =
        PricingChain.of(
            TierPricing.builder("reseller→customer")
                .rule(RuleScope.global(), Markup.percent("20"))
                .priceList(contosoPrices)
                .build());

    return BillingReportBuilder.create(BillingCalendar.billingDay(31), from, to)
        .addAll(costs, pricing)
        .build();
  }

  @Test
  void workedExample_marchReport_totals() {
    BillingReport r = marchReport();
    assertThat(r.cycles()).hasSize(1);
    assertThat(r.lineCount()).isEqualTo(5);
    assertThat(r.amount()).isEqualByComparingTo("218.55");
    assertThat(r.cost()).isEqualByComparingTo("182.73");
    assertThat(r.margin()).isEqualByComparingTo("35.82");
    assertThat(r.roundingDifference()).isEqualByComparingTo("-0.01");
  }

  @Test
  void workedExample_readmeShowsExactlyTheCsvOfThisReport() throws IOException {
    String reseller = BillingReportCsv.toCsv(marchReport(), ReportView.RESELLER).replace("\r\n", "\n");
    String customer = BillingReportCsv.toCsv(marchReport(), ReportView.CUSTOMER).replace("\r\n", "\n");
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```csv\n" + reseller + "```").contains("```csv\n" + customer + "```");
  }
}
