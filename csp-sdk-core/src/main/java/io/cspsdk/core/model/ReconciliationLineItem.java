package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new-commerce reconciliation line item (billed or unbilled; objectType {@code OneTimeInvoiceLineItem}), as read
 * from the v1 line item API or from the Graph v2 export blobs. Decimals are exact: Partner Center sends them as
 * JSON strings or numbers and neither goes through {@code double}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReconciliationLineItem.class)
@JsonDeserialize(as = ImmutableReconciliationLineItem.class)
public abstract class ReconciliationLineItem {
  public abstract Optional<String> partnerId();

  public abstract Optional<String> customerId();

  public abstract Optional<String> customerName();

  public abstract Optional<String> customerDomainName();

  public abstract Optional<String> customerCountry();

  public abstract Optional<String> invoiceNumber();

  public abstract Optional<String> mpnId();

  public abstract Optional<String> resellerMpnId();

  public abstract Optional<String> orderId();

  public abstract Optional<OffsetDateTime> orderDate();

  public abstract Optional<String> productId();

  public abstract Optional<String> skuId();

  public abstract Optional<String> availabilityId();

  public abstract Optional<String> productName();

  public abstract Optional<String> skuName();

  public abstract Optional<ChargeType> chargeType();

  public abstract Optional<BigDecimal> unitPrice();

  public abstract Optional<BigDecimal> effectiveUnitPrice();

  public abstract Optional<String> unitType();

  public abstract Optional<BigDecimal> quantity();

  public abstract Optional<BigDecimal> billableQuantity();

  public abstract Optional<BigDecimal> subtotal();

  public abstract Optional<BigDecimal> taxTotal();

  public abstract Optional<BigDecimal> totalForCustomer();

  /** The billing currency. */
  public abstract Optional<String> currency();

  public abstract Optional<String> pricingCurrency();

  /** Pricing currency to billing currency exchange rate. */
  public abstract Optional<BigDecimal> pcToBCExchangeRate();

  public abstract Optional<OffsetDateTime> pcToBCExchangeRateDate();

  public abstract Optional<String> subscriptionId();

  public abstract Optional<String> subscriptionDescription();

  public abstract Optional<OffsetDateTime> subscriptionStartDate();

  public abstract Optional<OffsetDateTime> subscriptionEndDate();

  public abstract Optional<OffsetDateTime> chargeStartDate();

  public abstract Optional<OffsetDateTime> chargeEndDate();

  public abstract Optional<String> termAndBillingCycle();

  public abstract Optional<String> billingFrequency();

  public abstract Optional<String> referenceId();

  public abstract Optional<String> alternateId();

  public abstract Optional<String> priceAdjustmentDescription();

  public abstract Optional<String> creditReasonCode();

  public abstract Optional<String> promotionId();

  public abstract Optional<String> meterDescription();

  public abstract Optional<String> invoiceLineItemType();

  public abstract Optional<String> billingProvider();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ReconciliationLineItem}. */
  public static final class Builder extends ImmutableReconciliationLineItem.Builder {}
}
