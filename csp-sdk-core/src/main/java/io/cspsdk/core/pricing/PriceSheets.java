package io.cspsdk.core.pricing;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.PriceSheetEntry;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * The partner's licence-based (new-commerce) price sheet per market, from the partner pricing API
 * ({@code https://api.partner.microsoft.com/v1.0/sales/pricesheets(...)/$value}; app+user credentials).
 * Sheets have tens of thousands of rows: they are streamed and parsed lazily; close the stream to release the
 * connection.
 */
public interface PriceSheets {
  /** The current month's sheet of a market (two-letter country code, e.g. {@code US}). */
  default Stream<PriceSheetEntry> licenseBased(String market) {
    return licenseBased(market, RequestOptions.none());
  }

  Stream<PriceSheetEntry> licenseBased(String market, RequestOptions options);

  /** The sheet of a past month ({@code timeline=history}). */
  default Stream<PriceSheetEntry> licenseBased(String market, YearMonth month) {
    return licenseBased(market, month, RequestOptions.none());
  }

  Stream<PriceSheetEntry> licenseBased(String market, YearMonth month, RequestOptions options);

  /** Next month's prices as far as published ({@code timeline=future}). */
  default Stream<PriceSheetEntry> licenseBasedFuture(String market) {
    return licenseBasedFuture(market, RequestOptions.none());
  }

  Stream<PriceSheetEntry> licenseBasedFuture(String market, RequestOptions options);
}
