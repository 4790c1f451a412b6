package io.cspsdk.core.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the partner's monthly licence-based (new-commerce) price sheet: a product/SKU in one market, term and
 * billing plan with its partner cost ({@link #unitPrice()}) and estimated retail price ({@link #erpPrice()}).
 * Columns the SDK does not know are kept in {@link #otherColumns()}.
 */
@Value.Immutable
@ModelStyle
public abstract class PriceSheetEntry {
  public abstract Optional<String> productTitle();

  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> availabilityId();

  public abstract Optional<String> skuTitle();

  public abstract Optional<String> publisher();

  public abstract Optional<String> skuDescription();

  public abstract Optional<String> unitOfMeasure();

  public abstract Optional<TermDuration> termDuration();

  /** Billing plan ({@code Monthly}, {@code Annual}, {@code Triennial}, ...). */
  public abstract Optional<BillingCycle> billingPlan();

  public abstract Optional<String> market();

  public abstract Optional<String> currency();

  /** The partner's cost per unit. */
  public abstract Optional<BigDecimal> unitPrice();

  public abstract Optional<BigDecimal> pricingTierRangeMin();

  public abstract Optional<BigDecimal> pricingTierRangeMax();

  public abstract Optional<OffsetDateTime> effectiveStartDate();

  public abstract Optional<OffsetDateTime> effectiveEndDate();

  public abstract Optional<String> tags();

  /** Estimated retail price per unit. */
  public abstract Optional<BigDecimal> erpPrice();

  public abstract Optional<String> segment();

  /** Columns of the sheet not mapped above, by header. */
  public abstract Map<String, String> otherColumns();

  /** The catalog item id {@code productId:skuId:availabilityId}, when all three are known. */
  public Optional<String> catalogItemId() {
    if (productId().isEmpty() || skuId().isEmpty() || availabilityId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(productId().get() + ":" + skuId().get() + ":" + availabilityId().get());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link PriceSheetEntry}. */
  public static final class Builder extends ImmutablePriceSheetEntry.Builder {}
}
