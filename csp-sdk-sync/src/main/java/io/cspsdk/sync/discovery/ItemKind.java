package io.cspsdk.sync.discovery;

import java.util.Locale;

/** What discovery imports; each kind's items are keyed by Partner Center ids (see {@link DiscoveredItem#key()}). */
public enum ItemKind {
  /** A customer ({@code Customer}); key: customer id. */
  CUSTOMER,
  /** A subscription or add-on ({@code Subscription}); key: subscription id. */
  SUBSCRIPTION,
  /** A customer's user ({@code User}); key: user id. */
  USER,
  /** A licence assigned to a user ({@code License}); key: {@code userId/skuId}, parent: user id. */
  LICENSE,
  /** A customer's subscribed SKU with its unit counts ({@code SubscribedSku}); key: {@code customerId/skuId}. */
  SUBSCRIBED_SKU,
  /** An order ({@code Order}); key: order id. */
  ORDER,
  /** An invoice ({@code Invoice}); key: invoice id. */
  INVOICE,
  /** A billed reconciliation line item (v1, {@code ReconciliationLineItem}); key: {@code invoiceId/n}. */
  INVOICE_LINE_ITEM;

  /** The kind's name in counters and listener events, e.g. {@code subscribed_sku}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
