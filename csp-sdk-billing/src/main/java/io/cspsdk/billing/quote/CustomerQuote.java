package io.cspsdk.billing.quote;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer-facing projection of a {@link Quote}: what the customer will be charged, with neither the partner's
 * cost nor its margin (safe to show in a self-service shop).
 */
public record CustomerQuote(String customerId, String productId, String skuId, TermDuration termDuration,
                            BillingCycle billingCycle, int quantity, Money unitPrice, Money perPeriod,
                            Money firstCharge, Money term, List<Line> firstChargeLines) {
  public CustomerQuote {
    firstChargeLines = List.copyOf(firstChargeLines);
  }

  static CustomerQuote of(Quote q) {
    List<Line> lines = q.firstChargeLines().stream()
        .map(l -> new Line(l.chargeType(), l.chargeStartDate(), l.chargeEndDate(), l.quantity(), l.amounts().price()))
        .toList();
    return new CustomerQuote(q.customerId(), q.productId(), q.skuId(), q.termDuration(), q.billingCycle(),
        q.quantity(), q.unitPriceMoney(), q.perPeriod().price(), q.firstCharge().price(), q.term().price(), lines);
  }

  /** One line of the first charge, price only. */
  public record Line(ChargeType chargeType, LocalDate chargeStartDate, LocalDate chargeEndDate, int quantity,
                     Money price) {}
}
