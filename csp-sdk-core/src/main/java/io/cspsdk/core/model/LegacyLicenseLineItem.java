package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legacy (pre-new-commerce) licence-based invoice line item, provider {@code office}
 * (Partner Center objectType {@code LicenseBasedLineItem}). Amounts are exact decimals.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLegacyLicenseLineItem.class)
@JsonDeserialize(as = ImmutableLegacyLicenseLineItem.class)
public abstract class LegacyLicenseLineItem {
  public abstract Optional<String> partnerId();

  public abstract Optional<String> partnerName();

  public abstract Optional<String> partnerBillableAccountId();

  public abstract Optional<String> customerId();

  public abstract Optional<String> customerName();

  public abstract Optional<String> domainName();

  public abstract Optional<String> mpnId();

  public abstract Optional<String> tier2MpnId();

  public abstract Optional<String> orderId();

  public abstract Optional<String> subscriptionId();

  public abstract Optional<String> syndicationPartnerSubscriptionNumber();

  public abstract Optional<String> offerId();

  public abstract Optional<String> durableOfferId();

  public abstract Optional<String> offerName();

  public abstract Optional<String> subscriptionDescription();

  public abstract Optional<OffsetDateTime> subscriptionStartDate();

  public abstract Optional<OffsetDateTime> subscriptionEndDate();

  public abstract Optional<OffsetDateTime> chargeStartDate();

  public abstract Optional<OffsetDateTime> chargeEndDate();

  public abstract Optional<ChargeType> chargeType();

  public abstract Optional<String> billingCycleType();

  public abstract Optional<BigDecimal> unitPrice();

  public abstract Optional<BigDecimal> quantity();

  public abstract Optional<BigDecimal> amount();

  public abstract Optional<BigDecimal> totalOtherDiscount();

  public abstract Optional<BigDecimal> subtotal();

  public abstract Optional<BigDecimal> tax();

  public abstract Optional<BigDecimal> totalForCustomer();

  public abstract Optional<String> currency();

  public abstract Optional<String> invoiceLineItemType();

  public abstract Optional<String> billingProvider();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link LegacyLicenseLineItem}. */
  public static final class Builder extends ImmutableLegacyLicenseLineItem.Builder {}
}
