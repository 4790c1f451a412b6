package io.cspsdk.billing.report;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ModelStyle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CostLine}. */
  public static final class Builder extends ImmutableCostLine.Builder {}
}
