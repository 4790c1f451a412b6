package io.cspsdk.billing.testing;

import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Subscription timelines for tests, taken from billing-rules.md's published examples. */
public final class Timelines {
  private Timelines() {}

  /**
   * The published seat addition: a P1M monthly subscription of 10 seats at 12.00 USD bought on 2022-03-05, SKU 0001,
   * and 5 seats added on 2022-03-07.
   */
  public static SubscriptionTimeline seatAdditionMarch2022(String subscriptionId, String customerId,
                                                          String productId) {
    return SubscriptionTimeline.builder()
        .subscriptionId(subscriptionId)
        .customerId(customerId)
        .purchase(
            Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 5)).termDuration(TermDuration.P1M)
                .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("12.00"))
                .currency("USD").productId(productId).skuId("0001").build())
        .addSeats(LocalDate.of(2022, 3, 7), 5)
        .build();
  }
}
