package io.cspsdk.billing.quote;

import io.cspsdk.billing.quote.internal.PriceSheetCosts;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.time.LocalDate;
import java.util.Optional;

/** Where a {@link Quoter} finds the partner's cost of one seat for the whole term. */
@FunctionalInterface
public interface CostSource {
  /** The cost of one seat of the SKU for the whole term, valid on {@code date}; empty when unknown. */
  Optional<Money> unitCost(String productId, String skuId, TermDuration term, BillingCycle billingCycle,
      LocalDate date);

  /** No costs: every quote must carry its own {@link PurchaseQuoteRequest#unitCost()}. */
  static CostSource none() {
    return (p, s, t, b, d) -> Optional.empty();
  }

  /**
   * The rows of a partner's new-commerce licence-based price sheet. A row's {@code unitPrice} is the price of
   * one billing period of its billing plan (a month for {@code Monthly}, a year for {@code Annual}), so the term
   * cost is the unit price times the billing periods of the term; rows are matched by product, SKU, term, billing
   * plan and effective dates (UTC).
   *
   * <p>{@code rows} is read once, here: a list, or a {@link io.cspsdk.core.PagedIterable} straight from
   * {@code priceSheets().licenseBased(market)} (downloaded and streamed row by row, the download closed at the
   * end). Only the columns costs need are kept, for the rows that have a product, SKU, term, billing plan, unit price
   * and currency.
   */
  static CostSource priceSheet(Iterable<PriceSheetEntry> rows) {
    return new PriceSheetCosts(rows);
  }
}
