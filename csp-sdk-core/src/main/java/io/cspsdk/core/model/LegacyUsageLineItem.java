package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legacy Azure (MS-AZR-0145P) invoice billing line item, provider {@code azure} (Partner Center objectType
 * {@code UsageBasedLineItem}). Quantities and amounts are exact decimals.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLegacyUsageLineItem.class)
@JsonDeserialize(as = ImmutableLegacyUsageLineItem.class)
public abstract class LegacyUsageLineItem {
  public abstract Optional<String> partnerId();

  public abstract Optional<String> partnerName();

  public abstract Optional<String> partnerBillableAccountId();

  public abstract Optional<String> customerId();

  public abstract Optional<String> customerCompanyName();

  public abstract Optional<String> mpnId();

  public abstract Optional<String> tier2MpnId();

  public abstract Optional<String> invoiceNumber();

  public abstract Optional<String> domainName();

  public abstract Optional<String> billingCycleType();

  public abstract Optional<String> subscriptionId();

  public abstract Optional<String> subscriptionName();

  public abstract Optional<String> subscriptionDescription();

  public abstract Optional<String> orderId();

  public abstract Optional<String> serviceName();

  public abstract Optional<String> serviceType();

  public abstract Optional<String> resourceGuid();

  public abstract Optional<String> resourceName();

  public abstract Optional<String> region();

  public abstract Optional<String> sku();

  public abstract Optional<String> detailLineItemId();

  public abstract Optional<BigDecimal> consumedQuantity();

  public abstract Optional<BigDecimal> includedQuantity();

  public abstract Optional<BigDecimal> overageQuantity();

  public abstract Optional<BigDecimal> listPrice();

  public abstract Optional<BigDecimal> consumptionPrice();

  public abstract Optional<BigDecimal> consumptionDiscount();

  public abstract Optional<BigDecimal> pretaxCharges();

  public abstract Optional<BigDecimal> taxAmount();

  public abstract Optional<BigDecimal> postTaxTotal();

  public abstract Optional<BigDecimal> pretaxEffectiveRate();

  public abstract Optional<BigDecimal> postTaxEffectiveRate();

  public abstract Optional<String> currency();

  public abstract Optional<ChargeType> chargeType();

  public abstract Optional<OffsetDateTime> chargeStartDate();

  public abstract Optional<OffsetDateTime> chargeEndDate();

  /** Unit of measure of the usage. */
  public abstract Optional<String> unit();

  public abstract Optional<String> invoiceLineItemType();

  public abstract Optional<String> billingProvider();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link LegacyUsageLineItem}. */
  public static final class Builder extends ImmutableLegacyUsageLineItem.Builder {}
}
