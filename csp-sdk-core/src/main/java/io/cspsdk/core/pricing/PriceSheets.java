package io.cspsdk.core.pricing;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.PriceSheetEntry;
import java.time.YearMonth;

/**
 * The partner's licence-based (new-commerce) price sheet per market, from the partner pricing API
 * ({@code https://api.partner.microsoft.com/v1.0/sales/pricesheets(...)/$value}; app+user credentials).
 * Sheets have tens of thousands of rows and come as one CSV download; like every listing they are a lazy
 * {@link PagedIterable}: nothing is downloaded until iterated, rows are parsed one at a time, and memory holds one
 * page at most. A page is the next 1,000 rows of the download; its continuation token records the sheet (market,
 * timeline, month) and the number of rows read, and {@link PagedIterable#resumeFrom resuming} downloads the sheet
 * again and skips that many rows (a sheet Microsoft republished in between may have moved rows). Use
 * {@code stream()} in try-with-resources, or iterate to the end, so the download is released at once.
 */
public interface PriceSheets {
  /** The current month's sheet of a market (two-letter country code, e.g. {@code US}). */
  default PagedIterable<PriceSheetEntry> licenseBased(String market) {
    return licenseBased(market, RequestOptions.none());
  }

  PagedIterable<PriceSheetEntry> licenseBased(String market, RequestOptions options);

  /** The sheet of a past month ({@code timeline=history}). */
  default PagedIterable<PriceSheetEntry> licenseBased(String market, YearMonth month) {
    return licenseBased(market, month, RequestOptions.none());
  }

  PagedIterable<PriceSheetEntry> licenseBased(String market, YearMonth month, RequestOptions options);

  /** Next month's prices as far as published ({@code timeline=future}). */
  default PagedIterable<PriceSheetEntry> licenseBasedFuture(String market) {
    return licenseBasedFuture(market, RequestOptions.none());
  }

  PagedIterable<PriceSheetEntry> licenseBasedFuture(String market, RequestOptions options);
}
