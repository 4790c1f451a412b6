package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.Page;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.sync.discovery.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one invoice and its billed (v1) line items: the invoice first, then its lines in Partner Center's order. */
final class InvoiceReader {
  private final RunContext ctx;

  InvoiceReader(RunContext ctx) {
    this.ctx = ctx;
  }

  void read(Invoice invoice, PartitionWriter out) {
    String id = invoice.id();
    out.deliver(List.of(new Found(ItemKind.INVOICE, id, Optional.empty(), Optional.empty(), invoice)));
    if (!ctx.scope.includes(ItemKind.INVOICE_LINE_ITEM)) {
      return;
    }
    long n = 0;
    for (Page<ReconciliationLineItem> page : ctx.client.invoices().billedLineItems(id).byPage()) {
      out.call();
      List<Found> batch = new ArrayList<>(page.items().size());
      for (ReconciliationLineItem line : page.items()) {
        batch.add(new Found(ItemKind.INVOICE_LINE_ITEM, id + "/" + (++n), line.customerId(), Optional.of(id), line));
      }
      out.deliver(batch);
    }
  }
}
