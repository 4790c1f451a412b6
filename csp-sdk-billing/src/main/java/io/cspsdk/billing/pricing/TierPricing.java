package io.cspsdk.billing.pricing;

import io.cspsdk.billing.internal.CostLineFields;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pricing of one tier (distributor → reseller or reseller → customer): rules with scope precedence, the
 * global and customer-specific price lists (fixed prices at product and customer+product scope), an optional ERP
 * list, guards, the tier's currency with explicit exchange rates, and the scale of unit prices (at least 6).
 * Lines are priced at their charge start date, so historic prices stay reproducible.
 */
public final class TierPricing {
  private static final CostLineFields FIELDS = CostLineFields.get();
  /** The smallest allowed scale of unit prices. */
  public static final int MIN_UNIT_SCALE = 6;

  private final String name;
  private final String currency;
  private final ExchangeRates rates;
  private final PriceList erpList;
  private final Set<Guard> guards;
  private final int unitScale;
  private final Map<String, String> categories;
  private final List<PricingRule> rules;
  private final RuleIndex index;

  private TierPricing(Builder b) {
    this.name = b.name;
    this.currency = b.currency;
    this.rates = b.rates;
    this.erpList = b.erpList;
    this.guards = b.guards.isEmpty() ? Set.of() : EnumSet.copyOf(b.guards);
    this.unitScale = b.unitScale;
    this.categories = Map.copyOf(b.categories);
    List<PricingRule> all = new ArrayList<>(b.rules);
    for (PriceList list : b.priceLists) {
      for (PriceListEntry e : list.entries()) {
        RuleScope scope =
            list.customerId().isPresent()
                ? RuleScope.customerProduct(list.customerId().get(), e.key())
                : RuleScope.product(e.key());
        all.add(new PricingRule(scope, new FixedPrice(e.unitPrice()), e.validity()));
      }
    }
    this.rules = List.copyOf(all);
    this.index = new RuleIndex(this.rules);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** All rules of the tier, including those derived from its price lists. */
  public List<PricingRule> rules() {
    return rules;
  }

  /** The rule that would price {@code line} at {@code date} (credits pass through whatever it says). */
  public Optional<PricingRule> ruleFor(CostLine line, LocalDate date) {
    return Optional.ofNullable(index.find(line, categoryOf(line), date));
  }

  /**
   * Prices one line whose cost (per unit for the term, per unit of the line, and line amount) is given in
   * {@code costCurrency}.
   */
  PricedLine price(
      CostLine line, String costCurrency, BigDecimal costUnit, BigDecimal costEffective, BigDecimal costAmount) {
    String out = currencyFor(costCurrency);
    BigDecimal rate = rates.rate(costCurrency, out);
    boolean same = rate.compareTo(BigDecimal.ONE) == 0;
    BigDecimal unit = same ? costUnit : costUnit.multiply(rate);
    BigDecimal effective = same ? costEffective : costEffective.multiply(rate);
    BigDecimal cost = same ? costAmount : costAmount.multiply(rate);
    if (line.chargeType() == ChargeType.CUSTOMER_CREDIT) {
      BigDecimal u = atLeastUnitScale(unit);
      return new PricedLine(line, out, u, cost, u, atLeastUnitScale(effective), cost, null);
    }
    LocalDate date = line.chargeStartDate();
    PricingRule rule = index.find(line, categoryOf(line), date);
    if (rule == null) {
      throw new NoApplicablePriceException(
          "price",
          "tier '" + name + "' has no rule or price list entry for customer " + line.customerId()
              + ", subscription " + line.subscriptionId() + ", product " + line.productId() + "/"
              + line.skuId() + " at " + date);
    }
    BigDecimal raw = salePrice(rule.adjustment(), line, date, out, unit);
    BigDecimal guarded = guards.isEmpty() ? raw : guard(raw, line, date, out, unit);
    BigDecimal sale = guarded.setScale(unitScale, RoundingMode.HALF_UP);
    BigDecimal saleEffective;
    if (effective.compareTo(unit) == 0 || unit.signum() == 0) {
      saleEffective = sale;
    } else if (guarded == raw && rule.adjustment() instanceof Markup) {
      // a markup applies to the prorated cost directly: exact, no division
      saleEffective =
          ((Markup) rule.adjustment()).apply(effective).setScale(unitScale, RoundingMode.HALF_UP);
    } else {
      saleEffective = sale.multiply(effective).divide(unit, unitScale, RoundingMode.HALF_UP);
    }
    BigDecimal amount = saleEffective.multiply(line.quantity());
    return new PricedLine(line, out, unit, cost, sale, saleEffective, amount, rule);
  }

  private BigDecimal atLeastUnitScale(BigDecimal price) {
    return price.scale() >= unitScale ? price : price.setScale(unitScale);
  }

  private BigDecimal salePrice(PriceAdjustment adjustment, CostLine line, LocalDate date, String out, BigDecimal unit) {
    if (adjustment instanceof Markup) {
      return ((Markup) adjustment).apply(unit);
    }
    if (adjustment instanceof Margin) {
      return ((Margin) adjustment).apply(unit, unitScale + 4);
    }
    if (adjustment instanceof ErpDiscount) {
      BigDecimal erp = erp(line, date, out);
      if (erp == null) {
        throw new NoApplicablePriceException(
            "erp", "tier '" + name + "' has no ERP for product " + line.productId() + "/" + line.skuId()
                + " at " + date + " (needed by " + adjustment + ")");
      }
      return ((ErpDiscount) adjustment).apply(erp);
    }
    Money fixed = ((FixedPrice) adjustment).unitPrice();
    return rates.convert(fixed.amount(), fixed.currency(), out);
  }

  private BigDecimal guard(BigDecimal sale, CostLine line, LocalDate date, String out, BigDecimal unit) {
    BigDecimal result = sale;
    if (guards.contains(Guard.NOT_ABOVE_ERP)) {
      BigDecimal erp = erp(line, date, out);
      if (erp != null && result.compareTo(erp) > 0) {
        result = erp;
      }
    }
    if (guards.contains(Guard.NOT_BELOW_COST) && result.compareTo(unit) < 0) {
      result = unit;
    }
    return result;
  }

  private BigDecimal erp(CostLine line, LocalDate date, String out) {
    if (erpList == null) {
      return null;
    }
    return erpList
        .lookup(line, date)
        .map(e -> rates.convert(e.unitPrice().amount(), e.unitPrice().currency(), out))
        .orElse(null);
  }

  String categoryOf(CostLine line) {
    String category = FIELDS.category(line);
    return category != null ? category : categories.get(line.productId());
  }

  /** Whether {@link ScaledTier} can price for this tier: no guards, unit prices at 6 decimals. */
  boolean allowsScaledPricing() {
    return guards.isEmpty() && unitScale == io.cspsdk.billing.internal.Scaled.SCALE;
  }

  /** The currency this tier sells in, for a cost in {@code costCurrency}. */
  String currencyFor(String costCurrency) {
    return currency != null ? currency : costCurrency;
  }

  RuleIndex index() {
    return index;
  }

  @Override
  public String toString() {
    return "TierPricing[" + name + ", " + rules.size() + " rules, guards " + guards + "]";
  }

  /** Builder of {@link TierPricing}. */
  public static final class Builder {
    private final String name;
    private String currency;
    private ExchangeRates rates = ExchangeRates.none();
    private PriceList erpList;
    private final Set<Guard> guards = EnumSet.noneOf(Guard.class);
    private int unitScale = MIN_UNIT_SCALE;
    private final Map<String, String> categories = new HashMap<>();
    private final List<PricingRule> rules = new ArrayList<>();
    private final List<PriceList> priceLists = new ArrayList<>();

    private Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new ValidationException("name", "must not be blank");
      }
      this.name = name;
    }

    /** The currency the tier sells in; by default the currency of its cost. */
    public Builder currency(String currency) {
      if (currency == null || !currency.matches("[A-Z]{3}")) {
        throw new ValidationException("currency", "must be a 3-letter upper-case ISO 4217 code, was '" + currency + "'");
      }
      this.currency = currency;
      return this;
    }

    /** Explicit rates from cost, ERP and fixed-price currencies to the tier's currency. */
    public Builder exchangeRates(ExchangeRates rates) {
      this.rates = Objects.requireNonNull(rates, "exchangeRates");
      return this;
    }

    public Builder rule(PricingRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    public Builder rule(RuleScope scope, PriceAdjustment adjustment) {
      return rule(PricingRule.of(scope, adjustment));
    }

    public Builder rule(RuleScope scope, PriceAdjustment adjustment, Validity validity) {
      return rule(new PricingRule(scope, adjustment, validity));
    }

    /** A global or customer-specific price list: its entries are fixed prices. */
    public Builder priceList(PriceList list) {
      priceLists.add(Objects.requireNonNull(list, "priceList"));
      return this;
    }

    /** Microsoft's estimated retail prices, for {@link ErpDiscount} and {@link Guard#NOT_ABOVE_ERP}. */
    public Builder erpPriceList(PriceList list) {
      this.erpList = Objects.requireNonNull(list, "erpPriceList");
      return this;
    }

    public Builder guard(Guard guard) {
      guards.add(Objects.requireNonNull(guard, "guard"));
      return this;
    }

    /** The category of a product, for lines that do not carry one. */
    public Builder category(String productId, String category) {
      categories.put(productId, category);
      return this;
    }

    /** Decimals of unit prices, at least {@value #MIN_UNIT_SCALE}. */
    public Builder unitScale(int scale) {
      if (scale < MIN_UNIT_SCALE) {
        throw new ValidationException("unitScale", "must be at least " + MIN_UNIT_SCALE + ", was " + scale);
      }
      this.unitScale = scale;
      return this;
    }

    public TierPricing build() {
      return new TierPricing(this);
    }
  }
}
