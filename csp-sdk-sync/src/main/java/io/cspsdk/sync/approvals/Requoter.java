package io.cspsdk.sync.approvals;

import io.cspsdk.billing.quote.Quote;
import java.time.Instant;

/**
 * Quotes a request again with today's prices, before it is carried out (usually a
 * {@link io.cspsdk.billing.quote.Quoter} over the current price lists). A request without a quote is not re-quoted.
 */
@FunctionalInterface
public interface Requoter {
  Quote requote(PurchaseRequest request, Quote shown, Instant at);
}
