package io.cspsdk.sync.twotier.internal;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The JSON form of a recorded {@link AttributedLine}: every value of its cost line, as recorded. */
public record StoredLine(String resellerId, Optional<String> liteResellerId, String customerId, String subscriptionId,
                         String productId, String skuId, Optional<String> availabilityId, String productName,
                         Optional<String> category, ChargeType chargeType, LocalDate chargeStartDate,
                         LocalDate chargeEndDate, LocalDate transactionDate, BigDecimal quantity, BigDecimal unitPrice,
                         BigDecimal effectiveUnitPrice, String pricingCurrency, BigDecimal pcToBcExchangeRate,
                         String billingCurrency, BigDecimal amount, Optional<TermDuration> termDuration,
                         Optional<BillingCycle> billingCycle, Optional<String> referenceId) {

  public static StoredLine of(AttributedLine a) {
    CostLine l = a.line();
    return new StoredLine(a.resellerId(), a.liteResellerId(), l.customerId(), l.subscriptionId(), l.productId(),
        l.skuId(), l.availabilityId(), l.productName(), l.category(), l.chargeType(), l.chargeStartDate(),
        l.chargeEndDate(), l.transactionDate(), l.quantity(), l.unitPrice(), l.effectiveUnitPrice(),
        l.pricingCurrency(), l.pcToBcExchangeRate(), l.billingCurrency(), l.amount(), l.termDuration(),
        l.billingCycle(), l.referenceId());
  }

  public AttributedLine line() {
    CostLine l = CostLine.builder().customerId(customerId).subscriptionId(subscriptionId).productId(productId)
        .skuId(skuId).availabilityId(availabilityId).productName(productName).category(category)
        .chargeType(chargeType).chargeStartDate(chargeStartDate).chargeEndDate(chargeEndDate)
        .transactionDate(transactionDate).quantity(quantity).unitPrice(unitPrice)
        .effectiveUnitPrice(effectiveUnitPrice).pricingCurrency(pricingCurrency).pcToBcExchangeRate(pcToBcExchangeRate)
        .billingCurrency(billingCurrency).amount(amount).termDuration(termDuration).billingCycle(billingCycle)
        .referenceId(referenceId).build();
    return new AttributedLine(l, resellerId, liteResellerId);
  }
}
