package io.cspsdk.core.internal.pricing;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.Audience;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.pricing.PriceSheets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** {@link PriceSheets} over the HTTP pipeline (audience {@link Audience#PRICE_SHEETS}). */
public final class PriceSheetsImpl implements PriceSheets {
  static final String VIEW = "updatedlicensebased";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

  private final ApiCaller api;

  public PriceSheetsImpl(ApiCaller api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public PagedIterable<PriceSheetEntry> licenseBased(String market, RequestOptions options) {
    return fetch(market, "current", null, options);
  }

  @Override
  public PagedIterable<PriceSheetEntry> licenseBased(String market, YearMonth month, RequestOptions options) {
    if (month == null) {
      throw new ValidationException("month", "is required");
    }
    return fetch(market, "history", month.format(MONTH), options);
  }

  @Override
  public PagedIterable<PriceSheetEntry> licenseBasedFuture(String market, RequestOptions options) {
    return fetch(market, "future", null, options);
  }

  private PagedIterable<PriceSheetEntry> fetch(String market, String timeline, String month, RequestOptions options) {
    if (market == null || !market.matches("[A-Za-z]{2}")) {
      throw new ValidationException("market", "must be a two-letter country code");
    }
    String path = "/sales/pricesheets(Market='" + market.toUpperCase(Locale.ROOT) + "',PricesheetView='" + VIEW
        + "')/$value";
    ApiRequest request = ApiRequest.get(path).audience(Audience.PRICE_SHEETS)
        .query("timeline", timeline).query("month", month)
        .header("Accept-Encoding", "deflate")
        .options(options).build();
    String sheet = market.toUpperCase(Locale.ROOT) + "|" + timeline + "|" + (month == null ? "" : month);
    return new PriceSheetListing(() -> api.download(request), api.settings().maxResponseBytes(), sheet, 0);
  }
}
