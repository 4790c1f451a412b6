package io.cspsdk.core.invoices;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.UnbilledPeriod;
import java.io.InputStream;

/**
 * The partner's invoices and reconciliation data: invoice list and statements, new-commerce line items (v1 API,
 * seek-paged), legacy line items (offset-paged) and the Graph v2 asynchronous exports. Bad input is refused with a
 * {@code ValidationException} before anything is sent.
 */
public interface Invoices {
  /** All invoices of the partner, offset-paged. */
  default PagedIterable<Invoice> list() {
    return list(RequestOptions.none());
  }

  PagedIterable<Invoice> list(RequestOptions options);

  default Invoice get(String invoiceId) {
    return get(invoiceId, RequestOptions.none());
  }

  Invoice get(String invoiceId, RequestOptions options);

  /** The invoice's PDF statement; the caller closes the stream. */
  default InputStream statement(String invoiceId) {
    return statement(invoiceId, RequestOptions.none());
  }

  InputStream statement(String invoiceId, RequestOptions options);

  /** The new-commerce billed line items of an invoice (provider onetime), all currencies. */
  default PagedIterable<ReconciliationLineItem> billedLineItems(String invoiceId) {
    return billedLineItems(invoiceId, (String) null, RequestOptions.none());
  }

  default PagedIterable<ReconciliationLineItem> billedLineItems(String invoiceId, RequestOptions options) {
    return billedLineItems(invoiceId, (String) null, options);
  }

  /** The new-commerce billed line items of an invoice in one currency (ISO 4217). */
  default PagedIterable<ReconciliationLineItem> billedLineItems(String invoiceId, String currency) {
    return billedLineItems(invoiceId, currency, RequestOptions.none());
  }

  PagedIterable<ReconciliationLineItem> billedLineItems(String invoiceId, String currency, RequestOptions options);

  /** New-commerce line items not invoiced yet, of the current or the previous billing period, in one currency. */
  default PagedIterable<ReconciliationLineItem> unbilledLineItems(String currency, UnbilledPeriod period) {
    return unbilledLineItems(currency, period, RequestOptions.none());
  }

  PagedIterable<ReconciliationLineItem> unbilledLineItems(String currency, UnbilledPeriod period,
                                                          RequestOptions options);

  /**
   * Legacy billing line items of an invoice for one provider, offset-paged: {@link LegacyProvider#OFFICE} yields
   * licence-based items, {@link LegacyProvider#AZURE} usage-based ones.
   */
  default <T> PagedIterable<T> legacyLineItems(String invoiceId, LegacyProvider<T> provider) {
    return legacyLineItems(invoiceId, provider, RequestOptions.none());
  }

  <T> PagedIterable<T> legacyLineItems(String invoiceId, LegacyProvider<T> provider, RequestOptions options);

  /** Starts a Graph export of an invoice's billed reconciliation line items. */
  default ReconciliationExport exportBilled(String invoiceId, AttributeSet attributeSet) {
    return exportBilled(invoiceId, attributeSet, RequestOptions.none());
  }

  ReconciliationExport exportBilled(String invoiceId, AttributeSet attributeSet, RequestOptions options);

  /** Starts a Graph export of unbilled reconciliation line items of a billing period in one currency. */
  default ReconciliationExport exportUnbilled(UnbilledPeriod period, String currency, AttributeSet attributeSet) {
    return exportUnbilled(period, currency, attributeSet, RequestOptions.none());
  }

  ReconciliationExport exportUnbilled(UnbilledPeriod period, String currency, AttributeSet attributeSet,
                                      RequestOptions options);
}
