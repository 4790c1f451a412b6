package io.cspsdk.billing.testing;

import io.cspsdk.billing.pricing.ErpDiscount;
import io.cspsdk.billing.pricing.ExchangeRates;
import io.cspsdk.billing.pricing.FixedPrice;
import io.cspsdk.billing.pricing.Guard;
import io.cspsdk.billing.pricing.Margin;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.pricing.Validity;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random cost lines and pricing chains that reach every branch of pricing and aggregation: rules of every
 * scope and kind (markup, margin, fixed price, ERP discount, dated rules), guards, second tiers, exchange rates,
 * negative, prorated, credited, fractional, over-precise and huge values, a subscription id shared by two customers.
 */
public final class RandomLines {
  private static final String[] UNIT_PRICES = {
    "72.00", "48", "0.8375", "1.005", "150.00", "432.00", "780.00", "0", "12.3456789", "-3.33",
    "999999999999.99", "123456.123456", "7"
  };
  private static final String[] FRACTIONS = {"29/31", "1/12", "7/30", "3/28"};
  private static final ChargeType[] TYPES = {
    ChargeType.CYCLE_CHARGE, ChargeType.NEW, ChargeType.ADD_QUANTITY, ChargeType.CANCEL_IMMEDIATE,
    ChargeType.CUSTOMER_CREDIT, ChargeType.of("somethingNew")
  };
  private final Random random;

  public RandomLines(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} lines of 2024 for customers C0–C5, subscriptions S0–S11, products P0–P3. */
  public List<CostLine> lines(int count) {
    List<CostLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(line());
    }
    return lines;
  }

  private CostLine line() {
    int sub = random.nextInt(12);
    String customer = sub == 11 && random.nextBoolean() ? "C0" : "C" + (sub % 6); // S11 under two customers
    int product = sub % 4;
    BigDecimal unit = new BigDecimal(pick(UNIT_PRICES));
    ChargeType type = pick(TYPES);
    BigDecimal effective = unit;
    if (type == ChargeType.ADD_QUANTITY || type == ChargeType.CANCEL_IMMEDIATE || random.nextInt(4) == 0) {
      String[] f = pick(FRACTIONS).split("/");
      effective = unit.multiply(new BigDecimal(f[0])).divide(new BigDecimal(f[1]), 6 + random.nextInt(2), RoundingMode.DOWN);
    }
    if (random.nextInt(5) == 0) {
      effective = effective.negate();
    }
    BigDecimal quantity =
        random.nextInt(15) == 0 ? new BigDecimal(random.nextBoolean() ? "2.5" : "10.00") : BigDecimal.valueOf(1 + random.nextInt(50));
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
    CostLine.Builder b =
        CostLine.builder()
            .customerId(customer)
            .subscriptionId("S" + sub)
            .productId("P" + product)
            .skuId(random.nextInt(6) == 0 ? "0002" : "0001")
            .productName("Product " + product)
            .chargeType(type)
            .chargeStartDate(start)
            .chargeEndDate(start.plusDays(random.nextInt(40)))
            .transactionDate(start.plusDays(random.nextInt(10)))
            .quantity(quantity)
            .unitPrice(unit)
            .effectiveUnitPrice(effective)
            .pricingCurrency("EUR")
            .termDuration(random.nextBoolean() ? TermDuration.P1Y : TermDuration.P1M)
            .billingCycle(random.nextBoolean() ? BillingCycle.MONTHLY : BillingCycle.ANNUAL);
    if (random.nextInt(10) == 0) {
      b.pricingCurrency("USD").billingCurrency("EUR").pcToBcExchangeRate(new BigDecimal("0.92"));
    }
    if (random.nextInt(8) == 0) {
      b.category("Dynamics");
    }
    if (random.nextInt(3) == 0) {
      b.amount(effective.multiply(quantity).setScale(2, RoundingMode.DOWN)); // as billed, truncated
    }
    return b.build();
  }

  /** A chain of one or two tiers with random rules of every scope and kind, all pricing every line. */
  public PricingChain chain() {
    List<TierPricing> tiers = new ArrayList<>();
    tiers.add(tier("distributor"));
    if (random.nextBoolean()) {
      tiers.add(tier("reseller"));
    }
    return PricingChain.of(tiers.toArray(new TierPricing[0]));
  }

  private TierPricing tier(String name) {
    TierPricing.Builder t =
        TierPricing.builder(name)
            .rule(RuleScope.global(), Markup.percent(pick("18", "12.5", "0", "-5", "33.333")))
            .category("P3", "Dynamics")
            .rule(RuleScope.category("Dynamics"), Margin.percent(pick("25", "33.3", "12.345")))
            .rule(RuleScope.product(PriceKey.product("P2")), Markup.percent("12"),
                Validity.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1)))
            .rule(RuleScope.product(PriceKey.product("P2")), Margin.percent("15"), Validity.from(LocalDate.of(2024, 7, 1)))
            .rule(RuleScope.customer("C1"), Markup.percent("15"))
            .rule(RuleScope.customerCategory("C2", "Dynamics"), Margin.percent("20"))
            .rule(RuleScope.subscription("S5"), FixedPrice.of(pick("80", "1.005", "0.0000005"), "EUR"))
            .rule(RuleScope.subscription("S7"), FixedPrice.of("20", "USD"))
            .rule(RuleScope.customerProduct("C4", PriceKey.product("P0")), ErpDiscount.percent("10"))
            .exchangeRates(ExchangeRates.builder().rate("USD", "EUR", "0.9").rate("EUR", "CHF", "0.95").rate("USD", "CHF", "0.88").build())
            .erpPriceList(PriceList.global("erp").price(PriceKey.product("P0"), Money.of("90", "EUR")).build())
            .priceList(PriceList.global("global").price(PriceKey.sku("P1", "0001"), Money.of("52.80", "EUR")).build())
            .priceList(
                PriceList.forCustomer("deal", "C3")
                    .price(PriceKey.sku("P0", "0001"), Validity.from(LocalDate.of(2024, 3, 1)), Money.of("79.20", "EUR"))
                    .build());
    switch (random.nextInt(6)) {
      case 0:
        t.guard(Guard.NOT_BELOW_COST);
        break;
      case 1:
        t.unitScale(8);
        break;
      case 2:
        t.currency("CHF");
        break;
      default:
        break;
    }
    return t.build();
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
