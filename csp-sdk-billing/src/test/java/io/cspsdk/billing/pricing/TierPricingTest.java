package io.cspsdk.billing.pricing;

import static io.cspsdk.billing.testing.Lines.dec;
import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TierPricingTest {
  private static final CostLine LINE = line().category("Office 365").build(); // cost 10 EUR, qty 1

  private static PricedLine price(TierPricing tier, CostLine line) {
    return PricingChain.of(tier).price(line);
  }

  @Test
  void markup_onCost_raisesUnitPriceAndAmount() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("20")).build();
    PricedLine p = price(tier, line().quantity(dec("3")).build());
    assertThat(p.unitPrice()).isEqualTo(dec("12.000000"));
    assertThat(p.amount()).isEqualByComparingTo("36");
    assertThat(p.costAmount()).isEqualByComparingTo("30");
    assertThat(p.margin()).isEqualByComparingTo("6");
  }

  @Test
  void margin_onPrice_dividesCostByOneMinusMargin() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.global(), Margin.percent("50")).build();
    assertThat(price(tier, LINE).unitPrice()).isEqualTo(dec("20.000000"));
  }

  @Test
  void erpDiscount_usesErpListOfTheLinesDate() {
    PriceList erp =
        PriceList.global("ERP")
            .price(PriceKey.sku("P1", "0001"), Validity.between(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-04-01")), Money.of("12.50", "EUR"))
            .price(PriceKey.sku("P1", "0001"), Validity.from(LocalDate.parse("2024-04-01")), Money.of("15.00", "EUR"))
            .build();
    TierPricing tier =
        TierPricing.builder("t").erpPriceList(erp).rule(RuleScope.global(), ErpDiscount.percent("10")).build();
    assertThat(price(tier, LINE).unitPrice()).isEqualTo(dec("11.250000"));
    CostLine april = line().chargeStartDate(LocalDate.parse("2024-04-01")).chargeEndDate(LocalDate.parse("2024-04-30")).build();
    assertThat(price(tier, april).unitPrice()).isEqualTo(dec("13.500000"));
  }

  @Test
  void erpDiscount_withoutErp_isTypedErrorNamingErp() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.global(), ErpDiscount.percent("10")).build();
    assertThatThrownBy(() -> price(tier, LINE))
        .isInstanceOfSatisfying(NoApplicablePriceException.class, e -> assertThat(e.field()).isEqualTo("erp"));
  }

  @Test
  void fixedPrice_ignoresCost() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.global(), FixedPrice.of("14.40", "EUR")).build();
    PricedLine p = price(tier, line().unitPrice(dec("3")).build());
    assertThat(p.unitPrice()).isEqualTo(dec("14.400000"));
    assertThat(p.rule().get().adjustment()).isEqualTo(FixedPrice.of("14.40", "EUR"));
  }

  @Test
  void noRule_isTypedErrorNamingTheLine() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.customer("other"), Markup.percent("1")).build();
    assertThatThrownBy(() -> price(tier, LINE))
        .isInstanceOfSatisfying(
            NoApplicablePriceException.class,
            e -> {
              assertThat(e.field()).isEqualTo("price");
              assertThat(e.rule()).contains("customer C1").contains("subscription S1").contains("P1/0001");
            });
  }

  private static final Map<ScopeLevel, RuleScope> SCOPES = new EnumMap<>(ScopeLevel.class);

  static {
    SCOPES.put(ScopeLevel.SUBSCRIPTION, RuleScope.subscription("S1"));
    SCOPES.put(ScopeLevel.CUSTOMER_PRODUCT, RuleScope.customerProduct("C1", PriceKey.product("P1")));
    SCOPES.put(ScopeLevel.CUSTOMER_CATEGORY, RuleScope.customerCategory("C1", "Office 365"));
    SCOPES.put(ScopeLevel.CUSTOMER, RuleScope.customer("C1"));
    SCOPES.put(ScopeLevel.PRODUCT, RuleScope.product(PriceKey.product("P1")));
    SCOPES.put(ScopeLevel.CATEGORY, RuleScope.category("Office 365"));
    SCOPES.put(ScopeLevel.GLOBAL, RuleScope.global());
  }

  @ParameterizedTest
  @EnumSource(ScopeLevel.class)
  void precedence_eachLevel_winsOverEveryLessSpecificLevel(ScopeLevel winner) {
    TierPricing.Builder b = TierPricing.builder("t");
    // declare the less specific rules first, so declaration order cannot explain the result
    for (int i = ScopeLevel.values().length - 1; i >= winner.ordinal(); i--) {
      ScopeLevel level = ScopeLevel.values()[i];
      b.rule(SCOPES.get(level), Markup.percent(String.valueOf(level.ordinal() + 1)));
    }
    PricedLine p = price(b.build(), LINE);
    assertThat(p.rule().get().scope().level()).isEqualTo(winner);
    assertThat(p.unitPrice()).isEqualByComparingTo(dec("10").multiply(BigDecimal.ONE.add(BigDecimal.valueOf(winner.ordinal() + 1).movePointLeft(2))));
  }

  @ParameterizedTest
  @EnumSource(value = ScopeLevel.class, mode = EnumSource.Mode.EXCLUDE, names = "GLOBAL")
  void scope_otherSubscriptionCustomerProductOrCategory_doesNotApply(ScopeLevel level) {
    TierPricing tier =
        TierPricing.builder("t")
            .rule(SCOPES.get(level), Markup.percent("50"))
            .rule(RuleScope.global(), Markup.percent("0"))
            .build();
    CostLine other =
        line().customerId("C2").subscriptionId("S2").productId("P2").category("Dynamics").build();
    PricedLine p = price(tier, other);
    assertThat(p.rule().get().scope().level()).isEqualTo(ScopeLevel.GLOBAL);
    assertThat(p.unitPrice()).isEqualByComparingTo("10");
    assertThat(price(tier, LINE).unitPrice()).isEqualByComparingTo("15");
  }

  @Test
  void category_fromTierMapping_whenLineHasNone() {
    TierPricing tier =
        TierPricing.builder("t")
            .category("P1", "Office 365")
            .rule(RuleScope.category("Office 365"), Markup.percent("30"))
            .rule(RuleScope.global(), Markup.percent("0"))
            .build();
    assertThat(price(tier, line().build()).unitPrice()).isEqualByComparingTo("13");
  }

  @Test
  void sameLevel_moreSpecificProductKeyWins() {
    TierPricing tier =
        TierPricing.builder("t")
            .rule(RuleScope.product(PriceKey.product("P1")), Markup.percent("10"))
            .rule(RuleScope.product(PriceKey.of("P1", "0001", TermDuration.P1Y, BillingCycle.MONTHLY)), Markup.percent("30"))
            .rule(RuleScope.product(PriceKey.sku("P1", "0001")), Markup.percent("20"))
            .build();
    assertThat(price(tier, LINE).unitPrice()).isEqualByComparingTo("13");
    CostLine annual = line().billingCycle(BillingCycle.ANNUAL).build();
    assertThat(price(tier, annual).unitPrice()).isEqualByComparingTo("12");
    CostLine otherSku = line().skuId("0002").build();
    assertThat(price(tier, otherSku).unitPrice()).isEqualByComparingTo("11");
  }

  @Test
  void overlappingRulesOfOneScope_areRejected() {
    assertThatThrownBy(
            () ->
                TierPricing.builder("t")
                    .rule(RuleScope.customer("C1"), Markup.percent("10"), Validity.from(LocalDate.parse("2024-01-01")))
                    .rule(RuleScope.customer("C1"), Margin.percent("10"), Validity.between(LocalDate.parse("2023-06-01"), LocalDate.parse("2024-01-02")))
                    .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("rules"));
  }

  @Test
  void effectiveDatedRules_priceEachLineAtItsChargeStart() {
    TierPricing tier =
        TierPricing.builder("t")
            .rule(RuleScope.customer("C1"), Markup.percent("10"), Validity.between(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-15")))
            .rule(RuleScope.customer("C1"), Markup.percent("20"), Validity.from(LocalDate.parse("2024-03-15")))
            .build();
    CostLine before = line().chargeStartDate(LocalDate.parse("2024-03-14")).build();
    CostLine on = line().chargeStartDate(LocalDate.parse("2024-03-15")).build();
    assertThat(price(tier, before).unitPrice()).isEqualByComparingTo("11");
    assertThat(price(tier, on).unitPrice()).isEqualByComparingTo("12");
  }

  @Test
  void guardNotAboveErp_capsPriceAtErp() {
    PriceList erp = PriceList.global("ERP").price(PriceKey.product("P1"), Money.of("12.50", "EUR")).build();
    TierPricing.Builder b = TierPricing.builder("t").erpPriceList(erp).rule(RuleScope.global(), Markup.percent("50"));
    assertThat(price(b.build(), LINE).unitPrice()).isEqualByComparingTo("15");
    assertThat(price(b.guard(Guard.NOT_ABOVE_ERP).build(), LINE).unitPrice()).isEqualByComparingTo("12.50");
  }

  @Test
  void guardNotBelowCost_raisesPriceToCost() {
    TierPricing.Builder b = TierPricing.builder("t").rule(RuleScope.global(), FixedPrice.of("8", "EUR"));
    assertThat(price(b.build(), LINE).unitPrice()).isEqualByComparingTo("8");
    PricedLine guarded = price(b.guard(Guard.NOT_BELOW_COST).build(), LINE);
    assertThat(guarded.unitPrice()).isEqualByComparingTo("10");
    assertThat(guarded.margin()).isEqualByComparingTo("0");
  }

  @Test
  void bothGuards_erpBelowCost_costFloorWins() {
    PriceList erp = PriceList.global("ERP").price(PriceKey.product("P1"), Money.of("9", "EUR")).build();
    TierPricing tier =
        TierPricing.builder("t")
            .erpPriceList(erp)
            .guard(Guard.NOT_ABOVE_ERP)
            .guard(Guard.NOT_BELOW_COST)
            .rule(RuleScope.global(), Markup.percent("20"))
            .build();
    assertThat(price(tier, LINE).unitPrice()).isEqualByComparingTo("10");
  }

  @Test
  void tiersChained_resellerCostIsDistributorPrice() {
    TierPricing distributor = TierPricing.builder("distributor→reseller").rule(RuleScope.global(), Markup.percent("5")).build();
    TierPricing reseller = TierPricing.builder("reseller→customer").rule(RuleScope.global(), Margin.percent("20")).build();
    PricingChain chain = PricingChain.of(distributor, reseller);
    PricedLine p = chain.price(line().quantity(dec("4")).build());
    // 10 → 10.50 (reseller's cost) → 10.50 / 0.8 = 13.125
    assertThat(p.costUnitPrice()).isEqualByComparingTo("10.5");
    assertThat(p.unitPrice()).isEqualTo(dec("13.125000"));
    assertThat(p.costAmount()).isEqualByComparingTo("42");
    assertThat(p.amount()).isEqualByComparingTo("52.5");
    assertThat(chain.priceThrough(line().build(), 1).unitPrice()).isEqualByComparingTo("10.5");
  }

  @Test
  void customerCredit_passesThroughWithoutMarkup() {
    TierPricing tier = TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("50")).build();
    CostLine credit =
        line().chargeType(ChargeType.CUSTOMER_CREDIT).unitPrice(dec("-7.33")).amount(dec("-7.33")).build();
    PricedLine p = PricingChain.of(tier, tier).price(credit);
    assertThat(p.passedThrough()).isTrue();
    assertThat(p.amount()).isEqualByComparingTo("-7.33");
    assertThat(p.costAmount()).isEqualByComparingTo("-7.33");
    assertThat(p.rule()).isEmpty();
  }

  @Test
  void proratedLine_getsSameProrationAsCost() {
    // 10 seats × 12.00, +5 on day 3 of a 31-day cycle: Microsoft's effective unit price 12/31×29
    BigDecimal effective = dec("12").multiply(dec("29")).divide(dec("31"), 10, java.math.RoundingMode.HALF_UP);
    CostLine add =
        line().chargeType(ChargeType.ADD_QUANTITY).unitPrice(dec("12")).effectiveUnitPrice(effective).quantity(dec("15")).amount(dec("168.38")).build();
    TierPricing fixed = TierPricing.builder("t").rule(RuleScope.global(), FixedPrice.of("15", "EUR")).build();
    PricedLine p = price(fixed, add);
    // 15 × 29 / 31 = 14.032258
    assertThat(p.effectiveUnitPrice()).isEqualTo(dec("14.032258"));
    assertThat(p.amount()).isEqualByComparingTo("210.48387");
    assertThat(p.costAmount()).isEqualByComparingTo("168.38");
  }

  @Test
  void ruleFor_showsTheRuleOfTheDate_orNone() {
    PricingRule march =
        new PricingRule(RuleScope.customer("C1"), Markup.percent("10"), Validity.between(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01")));
    TierPricing tier = TierPricing.builder("t").rule(march).build();
    assertThat(tier.ruleFor(LINE, LocalDate.parse("2024-03-31"))).contains(march);
    assertThat(tier.ruleFor(LINE, LocalDate.parse("2024-04-01"))).isEmpty();
    assertThat(tier.rules()).containsExactly(march);
  }

  @Test
  void linesOfManySubscriptions_interleaved_eachGetsItsOwnRule() {
    TierPricing tier =
        TierPricing.builder("t")
            .rule(RuleScope.subscription("S2"), Markup.percent("50"))
            .rule(RuleScope.global(), Markup.percent("10"))
            .build();
    PricingChain chain = PricingChain.of(tier);
    for (int i = 0; i < 6; i++) {
      String sub = i % 2 == 0 ? "S1" : "S2";
      assertThat(chain.price(line().subscriptionId(sub).build()).unitPrice())
          .isEqualByComparingTo(sub.equals("S1") ? "11" : "15");
    }
  }

  @Test
  void unitScale_belowSix_isRejected() {
    assertThatThrownBy(() -> TierPricing.builder("t").unitScale(4))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("unitScale"));
  }

  @Test
  void unitScale_eight_keepsEightDecimals() {
    TierPricing tier = TierPricing.builder("t").unitScale(8).rule(RuleScope.global(), Margin.percent("30")).build();
    assertThat(price(tier, LINE).unitPrice()).isEqualTo(dec("14.28571429"));
  }
}
