package io.cspsdk.billing.report;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.internal.CostLineFields;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One cost line of a subscription: what the partner pays Microsoft (a reconciliation line item) or what the
 * charge engine expects Microsoft to bill. It is the input of pricing, billing reports and reconciliation.
 *
 * <p>{@link #unitPrice()} is the price for the whole term and {@link #effectiveUnitPrice()} the (possibly
 * prorated) price actually charged per unit, both in {@link #pricingCurrency()}; {@link #amount()} is the line
 * total in {@link #billingCurrency()} ({@code pcToBcExchangeRate} converts pricing to billing currency).
 *
 * <p>Immutable. Written by hand rather than generated because millions of lines are built per report run.
 */
public final class CostLine {
  private final String customerId;
  private final String subscriptionId;
  private final String productId;
  private final String skuId;
  private final String availabilityId;
  private final String productName;
  private final String category;
  private final ChargeType chargeType;
  private final LocalDate chargeStartDate;
  private final LocalDate chargeEndDate;
  private final LocalDate transactionDate;
  private final BigDecimal quantity;
  private final BigDecimal unitPrice;
  private final BigDecimal effectiveUnitPrice;
  private final String pricingCurrency;
  private final BigDecimal pcToBcExchangeRate;
  private final String billingCurrency;
  private final BigDecimal amount;
  private final TermDuration termDuration;
  private final BillingCycle billingCycle;
  private final String referenceId;

  static {
    CostLineFields.install(
        new CostLineFields() {
          @Override
          public String category(CostLine line) {
            return line.category;
          }

          @Override
          public TermDuration termDuration(CostLine line) {
            return line.termDuration;
          }

          @Override
          public BillingCycle billingCycle(CostLine line) {
            return line.billingCycle;
          }
        });
  }

  /** Every field (null for a default), so that {@link #from(ReconciliationLineItem)} needs no builder. */
  private CostLine(
      String customerId, String subscriptionId, String productId, String skuId, String availabilityId,
      String productName, String category, ChargeType chargeType, LocalDate chargeStartDate,
      LocalDate chargeEndDate, LocalDate transactionDate, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal effectiveUnitPrice, String pricingCurrency, BigDecimal pcToBcExchangeRate, String billingCurrency,
      BigDecimal amount, TermDuration termDuration, BillingCycle billingCycle, String referenceId) {
    this.customerId = requireText("customerId", customerId);
    this.subscriptionId = requireText("subscriptionId", subscriptionId);
    this.productId = requireText("productId", productId);
    this.skuId = skuId != null ? skuId : "";
    this.availabilityId = availabilityId;
    this.productName = productName != null ? productName : "";
    this.category = category;
    this.chargeType = required("chargeType", chargeType);
    this.chargeStartDate = required("chargeStartDate", chargeStartDate);
    this.chargeEndDate = required("chargeEndDate", chargeEndDate);
    this.transactionDate = transactionDate != null ? transactionDate : chargeStartDate;
    this.quantity = required("quantity", quantity);
    this.unitPrice = required("unitPrice", unitPrice);
    this.effectiveUnitPrice = effectiveUnitPrice != null ? effectiveUnitPrice : unitPrice;
    this.pricingCurrency = requireCurrency("pricingCurrency", pricingCurrency);
    this.pcToBcExchangeRate = pcToBcExchangeRate != null ? pcToBcExchangeRate : BigDecimal.ONE;
    this.billingCurrency =
        billingCurrency != null ? requireCurrency("billingCurrency", billingCurrency) : this.pricingCurrency;
    this.amount =
        amount != null ? amount : this.effectiveUnitPrice.multiply(this.pcToBcExchangeRate).multiply(quantity);
    this.termDuration = termDuration;
    this.billingCycle = billingCycle;
    this.referenceId = referenceId;
    if (chargeEndDate.isBefore(chargeStartDate)) {
      throw new ValidationException("chargeEndDate", "must not be before chargeStartDate " + chargeStartDate);
    }
    if (this.pcToBcExchangeRate.signum() <= 0) {
      throw new ValidationException("pcToBcExchangeRate", "must be positive");
    }
  }

  public String customerId() {
    return customerId;
  }

  public String subscriptionId() {
    return subscriptionId;
  }

  public String productId() {
    return productId;
  }

  /** The SKU id; empty when unknown. */
  public String skuId() {
    return skuId;
  }

  public Optional<String> availabilityId() {
    return Optional.ofNullable(availabilityId);
  }

  /** The product name; empty when unknown. */
  public String productName() {
    return productName;
  }

  /** Product category used by category-scoped pricing rules (e.g. "Office 365"); optional. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  public ChargeType chargeType() {
    return chargeType;
  }

  public LocalDate chargeStartDate() {
    return chargeStartDate;
  }

  public LocalDate chargeEndDate() {
    return chargeEndDate;
  }

  /**
   * The day the transaction happened (the event date of a seat change, the start of a cycle charge); decides the
   * billing cycle a line is reported in. Defaults to {@link #chargeStartDate()}.
   */
  public LocalDate transactionDate() {
    return transactionDate;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  /** Price per unit for the whole term, in the pricing currency. */
  public BigDecimal unitPrice() {
    return unitPrice;
  }

  /** Price per unit actually charged by this line (prorated), in the pricing currency; defaults to unit price. */
  public BigDecimal effectiveUnitPrice() {
    return effectiveUnitPrice;
  }

  public String pricingCurrency() {
    return pricingCurrency;
  }

  /** Billing-currency units per pricing-currency unit; 1 when both currencies are the same. */
  public BigDecimal pcToBcExchangeRate() {
    return pcToBcExchangeRate;
  }

  public String billingCurrency() {
    return billingCurrency;
  }

  /**
   * The line total in the billing currency, as billed. Defaults to the exact
   * {@code effectiveUnitPrice × pcToBcExchangeRate × quantity}.
   */
  public BigDecimal amount() {
    return amount;
  }

  public Optional<TermDuration> termDuration() {
    return Optional.ofNullable(termDuration);
  }

  public Optional<BillingCycle> billingCycle() {
    return Optional.ofNullable(billingCycle);
  }

  /** Microsoft's reference id: the two lines of one seat change share it. */
  public Optional<String> referenceId() {
    return Optional.ofNullable(referenceId);
  }

  /** Unit price for the whole term converted to the billing currency (exact). */
  public BigDecimal billingUnitPrice() {
    return convert(unitPrice);
  }

  /** Effective unit price converted to the billing currency (exact). */
  public BigDecimal billingEffectiveUnitPrice() {
    return convert(effectiveUnitPrice);
  }

  private BigDecimal convert(BigDecimal pricingAmount) {
    return pcToBcExchangeRate.compareTo(BigDecimal.ONE) == 0
        ? pricingAmount
        : pricingAmount.multiply(pcToBcExchangeRate);
  }

  /**
   * The cost line of a charge-engine line (what Microsoft is expected to bill). The charge line must name its
   * customer and product; its event date becomes the transaction date. Charge lines carry no product name: set
   * one with {@code toBuilder()} when a report should show it.
   */
  public static CostLine from(ChargeLine line) {
    return builder()
        .customerId(required("customerId", line.customerId().orElse(null)))
        .subscriptionId(line.subscriptionId())
        .productId(required("productId", line.productId().orElse(null)))
        .skuId(line.skuId().orElse(""))
        .availabilityId(line.availabilityId())
        .chargeType(line.chargeType())
        .chargeStartDate(line.chargeStartDate())
        .chargeEndDate(line.chargeEndDate())
        .transactionDate(line.eventDate())
        .quantity(BigDecimal.valueOf(line.quantity()))
        .unitPrice(line.unitPrice())
        .effectiveUnitPrice(line.effectiveUnitPrice())
        .pricingCurrency(line.currency())
        .amount(line.amount())
        .termDuration(line.termDuration())
        .billingCycle(line.billingCycle())
        .referenceId(line.referenceId())
        .build();
  }

  /**
   * The cost line of one of Microsoft's new-commerce reconciliation line items. Customer, subscription, product,
   * charge type, charge dates, quantity, unit price and currency are required; the amount is the
   * {@code subtotal} (billing currency) and dates are taken as UTC calendar days. Blank strings count as absent.
   */
  public static CostLine from(ReconciliationLineItem item) {
    // each Optional is read once and unwrapped at once, so that none outlives this method
    String billingCurrency = required("currency", text(item.currency().orElse(null)));
    String pricingCurrency = text(item.pricingCurrency().orElse(null));
    String customerId = required("customerId", text(item.customerId().orElse(null)));
    String subscriptionId = required("subscriptionId", text(item.subscriptionId().orElse(null)));
    String productId = required("productId", text(item.productId().orElse(null)));
    String skuId = orEmpty(text(item.skuId().orElse(null)));
    String availabilityId = text(item.availabilityId().orElse(null));
    String productName = orEmpty(text(item.productName().orElse(null)));
    ChargeType chargeType = required("chargeType", item.chargeType().orElse(null));
    LocalDate start = utcDate(required("chargeStartDate", item.chargeStartDate().orElse(null)));
    LocalDate end = utcDate(required("chargeEndDate", item.chargeEndDate().orElse(null)));
    BigDecimal quantity = required("quantity", item.quantity().orElse(null));
    BigDecimal unitPrice = required("unitPrice", item.unitPrice().orElse(null));
    String referenceId = text(item.referenceId().orElse(null));
    BigDecimal effectiveUnitPrice = item.effectiveUnitPrice().orElse(null);
    BigDecimal rate = item.pcToBCExchangeRate().orElse(null);
    BigDecimal subtotal = item.subtotal().orElse(null);
    String frequency = text(item.billingFrequency().orElse(null));
    BillingCycle billingCycle = frequency == null ? null : Parsed.billingCycle(frequency);
    String term = text(item.termAndBillingCycle().orElse(null));
    TermDuration termDuration = term == null ? null : Parsed.term(term).orElse(null);
    return new CostLine(
        customerId, subscriptionId, productId, skuId, availabilityId, productName, null, chargeType, start, end,
        null, quantity, unitPrice, effectiveUnitPrice, pricingCurrency == null ? billingCurrency : pricingCurrency,
        rate != null && rate.signum() > 0 ? rate : null, billingCurrency, subtotal,
        termDuration, billingCycle, referenceId);
  }

  /** The trimmed text, or null when absent or blank. */
  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return v.isEmpty() ? null : v;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static LocalDate utcDate(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new ValidationException(field, "is required to make a cost line");
    }
    return value;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  private static String requireText(String field, String value) {
    if (value == null || value.isEmpty() || (Character.isWhitespace(value.charAt(0)) && value.isBlank())) {
      throw new ValidationException(field, value == null ? "is required" : "must not be blank");
    }
    return value;
  }

  private static String requireCurrency(String field, String value) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    if (value.length() != 3 || !isAsciiUpper(value.charAt(0)) || !isAsciiUpper(value.charAt(1))
        || !isAsciiUpper(value.charAt(2))) {
      throw new ValidationException(field, "must be a 3-letter upper-case ISO 4217 code, was '" + value + "'");
    }
    return value;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CostLine)) {
      return false;
    }
    CostLine l = (CostLine) o;
    return customerId.equals(l.customerId)
        && subscriptionId.equals(l.subscriptionId)
        && productId.equals(l.productId)
        && skuId.equals(l.skuId)
        && Objects.equals(availabilityId, l.availabilityId)
        && productName.equals(l.productName)
        && Objects.equals(category, l.category)
        && chargeType.equals(l.chargeType)
        && chargeStartDate.equals(l.chargeStartDate)
        && chargeEndDate.equals(l.chargeEndDate)
        && transactionDate.equals(l.transactionDate)
        && quantity.equals(l.quantity)
        && unitPrice.equals(l.unitPrice)
        && effectiveUnitPrice.equals(l.effectiveUnitPrice)
        && pricingCurrency.equals(l.pricingCurrency)
        && pcToBcExchangeRate.equals(l.pcToBcExchangeRate)
        && billingCurrency.equals(l.billingCurrency)
        && amount.equals(l.amount)
        && Objects.equals(termDuration, l.termDuration)
        && Objects.equals(billingCycle, l.billingCycle)
        && Objects.equals(referenceId, l.referenceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customerId, subscriptionId, productId, skuId, availabilityId, productName, category, chargeType,
        chargeStartDate, chargeEndDate, transactionDate, quantity, unitPrice, effectiveUnitPrice, pricingCurrency,
        pcToBcExchangeRate, billingCurrency, amount, termDuration, billingCycle, referenceId);
  }

  @Override
  public String toString() {
    return "CostLine{customerId=" + customerId + ", subscriptionId=" + subscriptionId + ", productId=" + productId
        + ", skuId=" + skuId + ", chargeType=" + chargeType + ", chargeStartDate=" + chargeStartDate
        + ", chargeEndDate=" + chargeEndDate + ", transactionDate=" + transactionDate + ", quantity="
        + quantity.toPlainString() + ", unitPrice=" + unitPrice.toPlainString() + ", effectiveUnitPrice="
        + effectiveUnitPrice.toPlainString() + " " + pricingCurrency + ", amount=" + amount.toPlainString() + " "
        + billingCurrency + (referenceId != null ? ", referenceId=" + referenceId : "") + "}";
  }

  /** Builder of {@link CostLine}: required are customer, subscription, product, charge type and dates, quantity,
   * unit price and pricing currency. */
  public static final class Builder {
    private String customerId;
    private String subscriptionId;
    private String productId;
    private String skuId;
    private String availabilityId;
    private String productName;
    private String category;
    private ChargeType chargeType;
    private LocalDate chargeStartDate;
    private LocalDate chargeEndDate;
    private LocalDate transactionDate;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal effectiveUnitPrice;
    private String pricingCurrency;
    private BigDecimal pcToBcExchangeRate;
    private String billingCurrency;
    private BigDecimal amount;
    private TermDuration termDuration;
    private BillingCycle billingCycle;
    private String referenceId;

    private Builder() {}

    /** Copies every value of {@code line}. */
    public Builder from(CostLine line) {
      customerId = line.customerId;
      subscriptionId = line.subscriptionId;
      productId = line.productId;
      skuId = line.skuId;
      availabilityId = line.availabilityId;
      productName = line.productName;
      category = line.category;
      chargeType = line.chargeType;
      chargeStartDate = line.chargeStartDate;
      chargeEndDate = line.chargeEndDate;
      transactionDate = line.transactionDate;
      quantity = line.quantity;
      unitPrice = line.unitPrice;
      effectiveUnitPrice = line.effectiveUnitPrice;
      pricingCurrency = line.pricingCurrency;
      pcToBcExchangeRate = line.pcToBcExchangeRate;
      billingCurrency = line.billingCurrency;
      amount = line.amount;
      termDuration = line.termDuration;
      billingCycle = line.billingCycle;
      referenceId = line.referenceId;
      return this;
    }

    public Builder customerId(String customerId) {
      this.customerId = Objects.requireNonNull(customerId, "customerId");
      return this;
    }

    public Builder subscriptionId(String subscriptionId) {
      this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
      return this;
    }

    public Builder productId(String productId) {
      this.productId = Objects.requireNonNull(productId, "productId");
      return this;
    }

    public Builder skuId(String skuId) {
      this.skuId = Objects.requireNonNull(skuId, "skuId");
      return this;
    }

    public Builder availabilityId(String availabilityId) {
      this.availabilityId = Objects.requireNonNull(availabilityId, "availabilityId");
      return this;
    }

    public Builder availabilityId(Optional<String> availabilityId) {
      this.availabilityId = availabilityId.orElse(null);
      return this;
    }

    public Builder productName(String productName) {
      this.productName = Objects.requireNonNull(productName, "productName");
      return this;
    }

    public Builder category(String category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    public Builder category(Optional<String> category) {
      this.category = category.orElse(null);
      return this;
    }

    public Builder chargeType(ChargeType chargeType) {
      this.chargeType = Objects.requireNonNull(chargeType, "chargeType");
      return this;
    }

    public Builder chargeStartDate(LocalDate chargeStartDate) {
      this.chargeStartDate = Objects.requireNonNull(chargeStartDate, "chargeStartDate");
      return this;
    }

    public Builder chargeEndDate(LocalDate chargeEndDate) {
      this.chargeEndDate = Objects.requireNonNull(chargeEndDate, "chargeEndDate");
      return this;
    }

    public Builder transactionDate(LocalDate transactionDate) {
      this.transactionDate = Objects.requireNonNull(transactionDate, "transactionDate");
      return this;
    }

    public Builder quantity(BigDecimal quantity) {
      this.quantity = Objects.requireNonNull(quantity, "quantity");
      return this;
    }

    public Builder unitPrice(BigDecimal unitPrice) {
      this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
      return this;
    }

    public Builder effectiveUnitPrice(BigDecimal effectiveUnitPrice) {
      this.effectiveUnitPrice = Objects.requireNonNull(effectiveUnitPrice, "effectiveUnitPrice");
      return this;
    }

    public Builder pricingCurrency(String pricingCurrency) {
      this.pricingCurrency = Objects.requireNonNull(pricingCurrency, "pricingCurrency");
      return this;
    }

    public Builder pcToBcExchangeRate(BigDecimal pcToBcExchangeRate) {
      this.pcToBcExchangeRate = Objects.requireNonNull(pcToBcExchangeRate, "pcToBcExchangeRate");
      return this;
    }

    public Builder billingCurrency(String billingCurrency) {
      this.billingCurrency = Objects.requireNonNull(billingCurrency, "billingCurrency");
      return this;
    }

    public Builder amount(BigDecimal amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      return this;
    }

    public Builder termDuration(TermDuration termDuration) {
      this.termDuration = Objects.requireNonNull(termDuration, "termDuration");
      return this;
    }

    public Builder termDuration(Optional<TermDuration> termDuration) {
      this.termDuration = termDuration.orElse(null);
      return this;
    }

    public Builder billingCycle(BillingCycle billingCycle) {
      this.billingCycle = Objects.requireNonNull(billingCycle, "billingCycle");
      return this;
    }

    public Builder billingCycle(Optional<BillingCycle> billingCycle) {
      this.billingCycle = billingCycle.orElse(null);
      return this;
    }

    public Builder referenceId(String referenceId) {
      this.referenceId = Objects.requireNonNull(referenceId, "referenceId");
      return this;
    }

    public Builder referenceId(Optional<String> referenceId) {
      this.referenceId = referenceId.orElse(null);
      return this;
    }

    /** The line; a missing or malformed value is a {@link ValidationException} naming the field. */
    public CostLine build() {
      return new CostLine(
          customerId, subscriptionId, productId, skuId, availabilityId, productName, category, chargeType,
          chargeStartDate, chargeEndDate, transactionDate, quantity, unitPrice, effectiveUnitPrice, pricingCurrency,
          pcToBcExchangeRate, billingCurrency, amount, termDuration, billingCycle, referenceId);
    }
  }
}
