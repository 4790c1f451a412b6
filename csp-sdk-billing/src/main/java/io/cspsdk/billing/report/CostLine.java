package io.cspsdk.billing.report;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cost line of a subscription: what the partner pays Microsoft (a reconciliation line item) or what the
 * charge engine expects Microsoft to bill. It is the input of pricing, billing reports and reconciliation.
 *
 * <p>{@link #unitPrice()} is the price for the whole term and {@link #effectiveUnitPrice()} the (possibly
 * prorated) price actually charged per unit, both in {@link #pricingCurrency()}; {@link #amount()} is the line
 * total in {@link #billingCurrency()} ({@code pcToBcExchangeRate} converts pricing to billing currency).
 */
@Value.Immutable
@ModelStyle
public abstract class CostLine {
  public abstract String customerId();

  public abstract String subscriptionId();

  public abstract String productId();

  @Value.Default
  public String skuId() {
    return "";
  }

  public abstract Optional<String> availabilityId();

  @Value.Default
  public String productName() {
    return "";
  }

  /** Product category used by category-scoped pricing rules (e.g. "Office 365"); optional. */
  public abstract Optional<String> category();

  public abstract ChargeType chargeType();

  public abstract LocalDate chargeStartDate();

  public abstract LocalDate chargeEndDate();

  /**
   * The day the transaction happened (the event date of a seat change, the start of a cycle charge); decides the
   * billing cycle a line is reported in. Defaults to {@link #chargeStartDate()}.
   */
  @Value.Default
  public LocalDate transactionDate() {
    return chargeStartDate();
  }

  public abstract BigDecimal quantity();

  /** Price per unit for the whole term, in the pricing currency. */
  public abstract BigDecimal unitPrice();

  /** Price per unit actually charged by this line (prorated), in the pricing currency; defaults to unit price. */
  @Value.Default
  public BigDecimal effectiveUnitPrice() {
    return unitPrice();
  }

  public abstract String pricingCurrency();

  /** Billing-currency units per pricing-currency unit; 1 when both currencies are the same. */
  @Value.Default
  public BigDecimal pcToBcExchangeRate() {
    return BigDecimal.ONE;
  }

  @Value.Default
  public String billingCurrency() {
    return pricingCurrency();
  }

  /**
   * The line total in the billing currency, as billed. Defaults to the exact
   * {@code effectiveUnitPrice × pcToBcExchangeRate × quantity}.
   */
  @Value.Default
  public BigDecimal amount() {
    return effectiveUnitPrice().multiply(pcToBcExchangeRate()).multiply(quantity());
  }

  public abstract Optional<TermDuration> termDuration();

  public abstract Optional<BillingCycle> billingCycle();

  /** Microsoft's reference id: the two lines of one seat change share it. */
  public abstract Optional<String> referenceId();

  @Value.Check
  protected void check() {
    requireText("customerId", customerId());
    requireText("subscriptionId", subscriptionId());
    requireText("productId", productId());
    requireCurrency("pricingCurrency", pricingCurrency());
    requireCurrency("billingCurrency", billingCurrency());
    if (chargeEndDate().isBefore(chargeStartDate())) {
      throw new ValidationException("chargeEndDate", "must not be before chargeStartDate " + chargeStartDate());
    }
    if (pcToBcExchangeRate().signum() <= 0) {
      throw new ValidationException("pcToBcExchangeRate", "must be positive");
    }
  }

  private static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
  }

  private static void requireCurrency(String field, String value) {
    if (value.length() != 3
        || !Character.isUpperCase(value.charAt(0))
        || !Character.isUpperCase(value.charAt(1))
        || !Character.isUpperCase(value.charAt(2))) {
      throw new ValidationException(field, "must be a 3-letter upper-case ISO 4217 code, was '" + value + "'");
    }
  }

  /** Unit price for the whole term converted to the billing currency (exact). */
  public BigDecimal billingUnitPrice() {
    return convert(unitPrice());
  }

  /** Effective unit price converted to the billing currency (exact). */
  public BigDecimal billingEffectiveUnitPrice() {
    return convert(effectiveUnitPrice());
  }

  private BigDecimal convert(BigDecimal pricingAmount) {
    BigDecimal rate = pcToBcExchangeRate();
    return rate.compareTo(BigDecimal.ONE) == 0 ? pricingAmount : pricingAmount.multiply(rate);
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
    String billingCurrency = required("currency", text(item.currency()));
    Builder b =
        builder()
            .customerId(required("customerId", text(item.customerId())))
            .subscriptionId(required("subscriptionId", text(item.subscriptionId())))
            .productId(required("productId", text(item.productId())))
            .skuId(text(item.skuId()) == null ? "" : text(item.skuId()))
            .availabilityId(java.util.Optional.ofNullable(text(item.availabilityId())))
            .productName(text(item.productName()) == null ? "" : text(item.productName()))
            .chargeType(required("chargeType", item.chargeType().orElse(null)))
            .chargeStartDate(utcDate(required("chargeStartDate", item.chargeStartDate().orElse(null))))
            .chargeEndDate(utcDate(required("chargeEndDate", item.chargeEndDate().orElse(null))))
            .quantity(required("quantity", item.quantity().orElse(null)))
            .unitPrice(required("unitPrice", item.unitPrice().orElse(null)))
            .pricingCurrency(
                text(item.pricingCurrency()) == null ? billingCurrency : text(item.pricingCurrency()))
            .billingCurrency(billingCurrency)
            .referenceId(java.util.Optional.ofNullable(text(item.referenceId())));
    item.effectiveUnitPrice().ifPresent(b::effectiveUnitPrice);
    item.pcToBCExchangeRate().filter(r -> r.signum() > 0).ifPresent(b::pcToBcExchangeRate);
    item.subtotal().ifPresent(b::amount);
    String frequency = text(item.billingFrequency());
    if (frequency != null) {
      b.billingCycle(Parsed.billingCycle(frequency));
    }
    String term = text(item.termAndBillingCycle());
    if (term != null) {
      Parsed.term(term).ifPresent(b::termDuration);
    }
    return b.build();
  }

  private static String text(java.util.Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
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

  /** Builder of {@link CostLine}. */
  public static final class Builder extends ImmutableCostLine.Builder {}
}
