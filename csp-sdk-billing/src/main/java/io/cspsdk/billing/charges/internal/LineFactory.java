package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.ProratedPrice;
import io.cspsdk.billing.charges.RoundedAmount;
import io.cspsdk.billing.charges.RoundingPresets;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** Builds the charge lines of one timeline: rounding by charge type, deterministic reference ids. */
final class LineFactory {
  private final SubscriptionTimeline timeline;
  private final RoundingPresets rounding;
  private int references;

  LineFactory(SubscriptionTimeline timeline, RoundingPresets rounding) {
    this.timeline = timeline;
    this.rounding = rounding;
  }

  /** A new reference id, stable for the same timeline (name-based UUID of subscription id and sequence). */
  String newReference() {
    references++;
    return UUID.nameUUIDFromBytes((timeline.subscriptionId() + "#" + references).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** What every line of one moment shares. */
  record Context(TermDuration term, BillingCycle billingCycle, ProductRef product) {}

  ChargeLine priced(ChargeType type, String reference, Context ctx, LocalDate start, LocalDate end,
      LocalDate eventDate, int quantity, BigDecimal unitPrice, ProratedPrice price, boolean refund, String description) {
    RoundedAmount r = rounding.forType(type).round(price, quantity);
    if (refund) {
      r = r.negate();
    }
    return fixed(type, reference, ctx, start, end, eventDate, quantity, unitPrice, r, description);
  }

  ChargeLine fixed(ChargeType type, String reference, Context ctx, LocalDate start, LocalDate end,
      LocalDate eventDate, int quantity, BigDecimal unitPrice, RoundedAmount r, String description) {
    ChargeLine.Builder b = ChargeLine.builder()
        .subscriptionId(timeline.subscriptionId())
        .customerId(timeline.customerId())
        .productId(ctx.product().productId())
        .skuId(ctx.product().skuId())
        .availabilityId(ctx.product().availabilityId())
        .chargeType(type)
        .chargeStartDate(start)
        .chargeEndDate(end)
        .eventDate(eventDate)
        .quantity(quantity)
        .unitPrice(unitPrice)
        .effectiveUnitPrice(r.effectiveUnitPrice())
        .amount(r.amount())
        .currency(timeline.purchase().currency())
        .termDuration(ctx.term())
        .billingCycle(ctx.billingCycle())
        .referenceId(reference);
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }
}
