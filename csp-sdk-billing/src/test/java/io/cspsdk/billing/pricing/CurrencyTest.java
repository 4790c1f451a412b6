package io.cspsdk.billing.pricing;

import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.CurrencyMismatchException;
import io.cspsdk.core.model.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CurrencyTest {
  /** Priced in USD, billed in EUR at 0.92. */
  private static final CostLine USD_LINE =
      line().pricingCurrency("USD").billingCurrency("EUR").pcToBcExchangeRate(dec("0.92")).unitPrice(dec("10")).quantity(dec("2")).build();

  @Test
  void pricingToBillingCurrency_costIsConvertedWithPcToBcRate() {
    assertThat(USD_LINE.amount()).isEqualByComparingTo("18.40");
    PricedLine p = PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("10")).build()).price(USD_LINE);
    assertThat(p.currency()).isEqualTo("EUR");
    assertThat(p.costUnitPrice()).isEqualByComparingTo("9.20");
    assertThat(p.unitPrice()).isEqualTo(dec("10.120000"));
    assertThat(p.amount()).isEqualByComparingTo("20.24");
  }

  @Test
  void customerInThirdCurrency_usesExplicitRate() {
    TierPricing tier =
        TierPricing.builder("t")
            .currency("CHF")
            .exchangeRates(ExchangeRates.builder().rate("EUR", "CHF", "0.95").build())
            .rule(RuleScope.global(), Markup.percent("10"))
            .build();
    PricedLine p = PricingChain.of(tier).price(USD_LINE);
    assertThat(p.currency()).isEqualTo("CHF");
    assertThat(p.costAmount()).isEqualByComparingTo("17.48"); // 18.40 EUR × 0.95
    assertThat(p.unitPrice()).isEqualTo(dec("9.614000")); // 9.20 × 0.95 × 1.10
  }

  @Test
  void fixedPriceInOtherCurrency_isConvertedToTierCurrency() {
    TierPricing tier =
        TierPricing.builder("t")
            .exchangeRates(ExchangeRates.builder().rate("USD", "EUR", "0.90").build())
            .rule(RuleScope.global(), new FixedPrice(Money.of("20", "USD")))
            .build();
    assertThat(PricingChain.of(tier).price(line().build()).unitPrice()).isEqualByComparingTo("18");
  }

  @Test
  void missingRate_isTypedErrorNamingBothCurrencies() {
    TierPricing tier = TierPricing.builder("t").currency("GBP").rule(RuleScope.global(), Markup.percent("10")).build();
    assertThatThrownBy(() -> PricingChain.of(tier).price(USD_LINE))
        .isInstanceOfSatisfying(
            MissingExchangeRateException.class,
            e -> {
              assertThat(e.field()).isEqualTo("exchangeRates");
              assertThat(e.rule()).isEqualTo("no explicit rate from EUR to GBP");
            });
  }

  @Test
  void inverseRate_isNotImplied() {
    ExchangeRates rates = ExchangeRates.builder().rate("EUR", "USD", "1.10").build();
    assertThat(rates.rate("EUR", "USD")).isEqualByComparingTo("1.10");
    assertThatThrownBy(() -> rates.rate("USD", "EUR")).isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void mixingCurrenciesInOneReport_isCurrencyMismatch() {
    PricingChain chain = PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("10")).build());
    BillingReportBuilder report =
        BillingReportBuilder.create(BillingCalendar.billingDay(31), LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));
    report.add(chain.price(line().build()));
    assertThatThrownBy(() -> report.add(chain.price(line().pricingCurrency("USD").build())))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo("EUR");
              assertThat(e.actual()).isEqualTo("USD");
            });
  }

  @Test
  void roundingPolicy_perCurrencyModeAndMinorUnits() {
    RoundingPolicy r = RoundingPolicy.builder().mode("USD", RoundingMode.DOWN).build();
    assertThat(r.round(dec("2.345"), "EUR")).isEqualTo(dec("2.35"));
    assertThat(r.round(dec("2.349"), "USD")).isEqualTo(dec("2.34"));
    assertThat(r.round(dec("2.5"), "JPY")).isEqualTo(dec("3"));
  }
}
