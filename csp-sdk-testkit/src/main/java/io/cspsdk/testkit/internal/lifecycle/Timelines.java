package io.cspsdk.testkit.internal.lifecycle;

import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.testkit.internal.handlers.Pricing;
import io.cspsdk.testkit.internal.state.SubscriptionEvent;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/** Turns a subscription's recorded history into the charge engine's timeline. */
final class Timelines {
  private Timelines() {}

  /** Empty when the subscription has no purchase event (nothing billable). */
  static Optional<SubscriptionTimeline> of(SubscriptionRec s, String currency) {
    SubscriptionEvent first = s.history.isEmpty() ? null : s.history.get(0);
    if (first == null || !first.kind().equals("new") || s.item.usageBased()) {
      return Optional.empty();
    }
    Purchase.Builder p = Purchase.builder()
        .purchasedAt(first.at())
        .termDuration(TermDuration.of(termAt(s)))
        .billingCycle(BillingCycle.of(s.billingCycle))
        .quantity(first.quantity())
        .unitPrice(termPrice(s))
        .currency(currency)
        .productId(s.item.productId())
        .skuId(s.item.skuId())
        .availabilityId(s.item.availabilityId())
        .cancellationAllowedUntil(first.at().plus(SubscriptionRec.CANCELLATION_WINDOW))
        .fullRefundUntil(first.at().plus(SubscriptionRec.FULL_REFUND_WINDOW))
        .autoRenew(initialAutoRenew(s, first.at()));
    if (s.isAddOn()) {
      // coterminous with the base: the first term ends with the base's commitment end at purchase time
      p.customTermEndDate(firstTermEnd(s));
    }
    SubscriptionTimeline.Builder t = SubscriptionTimeline.builder().subscriptionId(s.id).customerId(s.customerId)
        .purchase(p.build());
    java.time.LocalDate purchaseDay = first.at().atZone(ZoneOffset.UTC).toLocalDate();
    for (SubscriptionEvent e : s.history.subList(1, s.history.size())) {
      boolean sameDay = e.at().atZone(ZoneOffset.UTC).toLocalDate().equals(purchaseDay);
      if (sameDay && DATE_ONLY.contains(e.kind())) {
        continue; // day-granular events on the purchase day are folded into the purchase
      }
      switch (e.kind()) {
        case "addQuantity", "renewAddQuantity" ->
            t.addSeats(e.at(), e.quantity(), e.at().plus(SubscriptionRec.SEAT_REDUCTION_WINDOW));
        case "removeQuantity", "renewRemoveQuantity" -> t.removeSeats(e.at(), e.quantity());
        case "cancel" -> t.cancel(e.at());
        case "suspend" -> t.suspend(e.at().atZone(ZoneOffset.UTC).toLocalDate());
        case "reactivate" -> t.reactivate(e.at().atZone(ZoneOffset.UTC).toLocalDate());
        case "autoRenewOn" -> t.autoRenew(e.at().atZone(ZoneOffset.UTC).toLocalDate(), true);
        case "autoRenewOff" -> t.autoRenew(e.at().atZone(ZoneOffset.UTC).toLocalDate(), false);
        default -> { } // renew and expire follow from the term and auto-renew; conversions end the timeline
      }
    }
    return Optional.of(t.build());
  }

  private static final java.util.Set<String> DATE_ONLY =
      java.util.Set.of("suspend", "reactivate", "autoRenewOn", "autoRenewOff");

  /** Auto-renew as it stood at the end of the purchase day (flips on that day fold into the purchase). */
  private static boolean initialAutoRenew(SubscriptionRec s, java.time.Instant purchase) {
    boolean value = s.autoRenew;
    for (SubscriptionEvent e : s.history) {
      if (e.kind().equals("autoRenewOn")) {
        value = false;
        break;
      }
      if (e.kind().equals("autoRenewOff") || e.kind().equals("suspend")) {
        value = true;
        break;
      }
    }
    java.time.LocalDate day = purchase.atZone(ZoneOffset.UTC).toLocalDate();
    for (SubscriptionEvent e : s.history) {
      if (!e.at().atZone(ZoneOffset.UTC).toLocalDate().equals(day)) {
        break;
      }
      if (e.kind().equals("autoRenewOn")) {
        value = true;
      } else if (e.kind().equals("autoRenewOff") || e.kind().equals("suspend")) {
        value = false;
      }
    }
    return value;
  }

  private static String termAt(SubscriptionRec s) {
    return s.termDuration;
  }

  private static java.time.LocalDate firstTermEnd(SubscriptionRec s) {
    // the add-on's first term ends on the base's commitment end date that was current at purchase
    java.time.Instant end = s.termEnd;
    java.time.Instant purchase = s.history.get(0).at();
    while (end.minus(Duration.ofDays(1)).isAfter(SubscriptionRec.termEnd(purchase, s.termDuration))) {
      end = end.atZone(ZoneOffset.UTC).minus(java.time.Period.parse(s.termDuration)).toInstant();
    }
    return end.minus(Duration.ofDays(1)).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Price of one seat for the whole term. */
  static BigDecimal termPrice(SubscriptionRec s) {
    BigDecimal monthly = Pricing.monthlyUnitPrice(s.item, s.termDuration);
    int months = switch (s.termDuration) {
      case "P1M" -> 1;
      case "P3Y" -> 36;
      default -> 12;
    };
    return monthly.multiply(BigDecimal.valueOf(months));
  }
}
