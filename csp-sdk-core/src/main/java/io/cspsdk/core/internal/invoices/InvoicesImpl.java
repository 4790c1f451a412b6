package io.cspsdk.core.internal.invoices;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.ApiResponse;
import io.cspsdk.core.internal.http.Audience;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.invoices.Invoices;
import io.cspsdk.core.invoices.LegacyProvider;
import io.cspsdk.core.invoices.ReconciliationExport;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.UnbilledPeriod;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** {@link Invoices} over the HTTP pipeline. */
public final class InvoicesImpl implements Invoices {
  /** Invoices per page (offset paging). */
  static final int INVOICE_PAGE_SIZE = 100;
  /** Partner Center's maximum page of new-commerce reconciliation line items. */
  static final int LINE_ITEM_PAGE_SIZE = 2000;
  /** Legacy line items per page (offset paging). */
  static final int LEGACY_PAGE_SIZE = 200;
  static final String EXPORT_BASE = "/reports/partners/billing/reconciliation";

  private final ApiCaller api;
  private final Clock clock;
  private final Sleeper sleeper;

  public InvoicesImpl(ApiCaller api, Clock clock, Sleeper sleeper) {
    this.api = Objects.requireNonNull(api, "api");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public PagedIterable<Invoice> list(RequestOptions options) {
    return api.listByOffset(ApiRequest.get("/invoices").options(options).build(), Invoice.class,
        INVOICE_PAGE_SIZE);
  }

  @Override
  public Invoice get(String invoiceId, RequestOptions options) {
    return api.call(ApiRequest.get(invoicePath(invoiceId)).options(options).build(), Invoice.class);
  }

  @Override
  public InputStream statement(String invoiceId, RequestOptions options) {
    return api.download(ApiRequest.get(invoicePath(invoiceId) + "/documents/statement")
        .header("Accept", "application/pdf").options(options).build());
  }

  @Override
  public PagedIterable<ReconciliationLineItem> billedLineItems(String invoiceId, String currency,
                                                               RequestOptions options) {
    String path = invoicePath(invoiceId) + "/lineitems";
    String code = currency == null ? null : currency(currency);
    return api.list(ApiRequest.get(path)
        .query("provider", "onetime")
        .query("invoicelineitemtype", "billinglineitems")
        .query("currencycode", code)
        .query("size", LINE_ITEM_PAGE_SIZE)
        .options(options).build(), ReconciliationLineItem.class);
  }

  @Override
  public PagedIterable<ReconciliationLineItem> unbilledLineItems(String currency, UnbilledPeriod period,
                                                                 RequestOptions options) {
    String code = currency(currency);
    if (period == null) {
      throw new ValidationException("period", "is required");
    }
    return api.list(ApiRequest.get("/invoices/unbilled/lineitems")
        .query("provider", "onetime")
        .query("invoicelineitemtype", "billinglineitems")
        .query("currencycode", code)
        .query("period", period.v1Value())
        .query("size", LINE_ITEM_PAGE_SIZE)
        .options(options).build(), ReconciliationLineItem.class);
  }

  @Override
  public <T> PagedIterable<T> legacyLineItems(String invoiceId, LegacyProvider<T> provider,
                                              RequestOptions options) {
    String path = invoicePath(invoiceId) + "/lineitems";
    if (provider == null) {
      throw new ValidationException("provider", "is required");
    }
    return api.listByOffset(ApiRequest.get(path)
        .query("provider", provider.value())
        .query("invoicelineitemtype", "billinglineitems")
        .options(options).build(), provider.itemType(), LEGACY_PAGE_SIZE);
  }

  @Override
  public ReconciliationExport exportBilled(String invoiceId, AttributeSet attributeSet, RequestOptions options) {
    Inputs.nonBlank("invoiceId", invoiceId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("invoiceId", invoiceId);
    body.put("attributeSet", attributeSet(attributeSet));
    return startExport(EXPORT_BASE + "/billed/export", body, options);
  }

  @Override
  public ReconciliationExport exportUnbilled(UnbilledPeriod period, String currency, AttributeSet attributeSet,
                                             RequestOptions options) {
    if (period == null) {
      throw new ValidationException("period", "is required");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("billingPeriod", period.exportValue());
    body.put("currencyCode", currency(currency));
    body.put("attributeSet", attributeSet(attributeSet));
    return startExport(EXPORT_BASE + "/unbilled/export", body, options);
  }

  private ReconciliationExport startExport(String path, Map<String, Object> body, RequestOptions options) {
    ApiResponse accepted = api.exchange(ApiRequest.post(path, body).audience(Audience.GRAPH).options(options)
        .build());
    return ReconciliationExportImpl.start(api, clock, sleeper, accepted, options);
  }

  private static String invoicePath(String invoiceId) {
    return "/invoices/" + ApiRequest.segment(Inputs.nonBlank("invoiceId", invoiceId));
  }

  private static String attributeSet(AttributeSet set) {
    if (set == null) {
      throw new ValidationException("attributeSet", "is required");
    }
    return set.value();
  }

  static String currency(String currency) {
    if (currency == null || !currency.trim().matches("[A-Za-z]{3}")) {
      throw new ValidationException("currency", "must be a three-letter ISO 4217 code");
    }
    return currency.trim().toUpperCase(Locale.ROOT);
  }
}
