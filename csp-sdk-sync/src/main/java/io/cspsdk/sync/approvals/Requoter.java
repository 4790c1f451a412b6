package io.cspsdk.sync.approvals;

import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.quote.PurchaseQuoteRequest;
import io.cspsdk.billing.quote.QuoteKind;
import io.cspsdk.billing.quote.Quote;
import io.cspsdk.billing.quote.Quoter;
import io.cspsdk.billing.quote.SeatChangeQuoteRequest;
import io.cspsdk.core.error.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Quotes a request again with today's prices, before it is carried out. A request without a quote is not
 * re-quoted.
 */
@FunctionalInterface
public interface Requoter {
  Quote requote(PurchaseRequest request, Quote shown, Instant at);

  /**
   * Re-quotes with the current {@link Quoter} (its price lists and cost source as they are now): purchases as the
   * shown quote's item, seats, term and billing cycle bought at {@code at}; seat changes on the subscription's
   * history from {@code timelines} (by subscription id).
   */
  static Requoter with(Supplier<Quoter> quoter, Function<String, SubscriptionTimeline> timelines) {
    Objects.requireNonNull(quoter, "quoter");
    Objects.requireNonNull(timelines, "timelines");
    return (request, shown, at) -> {
      if (shown.kind() == QuoteKind.SEAT_CHANGE) {
        String sid = shown.subscriptionId().orElseThrow(
            () -> new ValidationException("quote.subscriptionId", "a seat-change quote must name its subscription"));
        return quoter.get().quoteSeatChange(SeatChangeQuoteRequest.builder().subscription(timelines.apply(sid))
            .newQuantity(shown.quantity()).changedAt(at).category(shown.category()).build());
      }
      return quoter.get().quote(PurchaseQuoteRequest.builder().customerId(shown.customerId())
          .productId(shown.productId()).skuId(shown.skuId()).availabilityId(shown.availabilityId())
          .termDuration(shown.termDuration()).billingCycle(shown.billingCycle()).quantity(shown.quantity())
          .category(shown.category()).purchasedAt(at).build());
    };
  }
}
