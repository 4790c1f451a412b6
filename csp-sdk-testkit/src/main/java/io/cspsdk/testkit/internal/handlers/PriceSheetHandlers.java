package io.cspsdk.testkit.internal.handlers;

import io.cspsdk.testkit.internal.catalog.CatalogItem;
import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.server.Request;
import io.cspsdk.testkit.internal.server.Response;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.FakeState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner pricing API's licence-based price sheet ({@code GET /v1.0/sales/pricesheets(Market='US',
 * PricesheetView='updatedlicensebased')/$value?timeline=current|history|future[&month=yyyyMM]}): a CSV of the
 * fake's catalog, one row per SKU, term and billing plan, at the prices the fake bills.
 */
public final class PriceSheetHandlers {
  private static final Pattern SHEET = Pattern.compile(
      "pricesheets\\(Market='([A-Za-z]{2})',PricesheetView='([A-Za-z]+)'\\)", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter US_DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
  private static final String HEADER = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,"
      + "TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,"
      + "EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment\r\n";
  private static final List<String[]> PLANS = List.of(new String[] {"P1M", "Monthly"},
      new String[] {"P1Y", "Monthly"}, new String[] {"P1Y", "Annual"}, new String[] {"P3Y", "Annual"});
  private final FakeState state;

  public PriceSheetHandlers(HandlerContext ctx) {
    this.state = ctx.state();
  }

  public void register(Router r) {
    r.add("GET", "/v1.0/sales/{sheet}/{value}", this::sheet);
  }

  private Response sheet(Request q) {
    String sheet = URLDecoder.decode(q.var("sheet"), StandardCharsets.UTF_8);
    Matcher m = SHEET.matcher(sheet);
    if (!m.matches() || !URLDecoder.decode(q.var("value"), StandardCharsets.UTF_8).equals("$value")) {
      throw ApiError.notFound(1000, "Resource not found: " + q.rawPath());
    }
    if (!m.group(2).equalsIgnoreCase("updatedlicensebased")) {
      throw ApiError.invalidInput("PricesheetView: only updatedlicensebased is served, was " + m.group(2) + ".");
    }
    String market = m.group(1).toUpperCase(Locale.ROOT);
    if (!market.equals("US")) {
      throw ApiError.notFound(1000, "Market: no price sheet for " + market + " (the fake sells in the US only).");
    }
    YearMonth month = month(q);
    String from = US_DATE_TIME.format(month.atDay(1).atStartOfDay());
    String to = US_DATE_TIME.format(month.atEndOfMonth().atTime(23, 59, 59));
    StringBuilder csv = new StringBuilder(HEADER);
    for (CatalogItem i : state.catalog.items()) {
      if (i.usageBased()) {
        continue;
      }
      for (String[] plan : PLANS) {
        if (!CatalogHandlers.sells(i, plan[0], plan[1])) {
          continue;
        }
        csv.append(cell(i.productTitle())).append(',').append(i.productId()).append(',').append(i.skuId())
            .append(',').append(cell(i.skuTitle())).append(",Microsoft Corporation,").append(cell(i.skuTitle()))
            .append(",Licenses,").append(plan[0]).append(',').append(plan[1]).append(",US,USD,")
            .append(Pricing.unitPrice(i, plan[0], plan[1]).toPlainString()).append(",,,")
            .append(from).append(',').append(to).append(",,")
            .append(Pricing.unitPrice(i, plan[0], plan[1]).toPlainString()).append(",Commercial\r\n");
      }
    }
    return Response.bytes(200, "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private YearMonth month(Request q) {
    YearMonth current = YearMonth.from(state.now().atZone(ZoneOffset.UTC));
    String timeline = q.query("timeline") == null ? "current" : q.query("timeline").toLowerCase(Locale.ROOT);
    switch (timeline) {
      case "current" -> {
        return current;
      }
      case "future" -> {
        return current.plusMonths(1);
      }
      case "history" -> {
        String month = q.query("month");
        try {
          YearMonth m = YearMonth.parse(month == null ? "" : month, DateTimeFormatter.ofPattern("yyyyMM"));
          if (m.isAfter(current)) {
            throw ApiError.invalidInput("month: must not be after the current month, was " + month + ".");
          }
          return m;
        } catch (DateTimeParseException e) {
          throw ApiError.invalidInput("month: yyyyMM is required with timeline=history, was " + month + ".");
        }
      }
      default -> throw ApiError.invalidInput("timeline: current, history or future, was " + timeline + ".");
    }
  }

  private static String cell(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
