package io.cspsdk.core.invoices;

import io.cspsdk.core.Poller;
import io.cspsdk.core.model.ExportManifest;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A running Graph reconciliation export (billed or unbilled): poll it until its manifest is ready (Retry-After is
 * honoured; {@code succeeded} and {@code completed} count as done, {@code failed} throws
 * {@link io.cspsdk.core.error.OperationFailedException}), then stream the line items of all its blobs. Not
 * thread-safe: poll from one thread at a time.
 */
public interface ReconciliationExport extends Poller<ExportManifest> {
  /** The URL of the export operation (the 202's Location), to poll it from elsewhere. */
  String operationUrl();

  /**
   * All line items of the finished export, blob after blob, read lazily (one line in memory at a time). Blobs are
   * fetched without Partner Center credentials, with the manifest's SAS token. Close the stream to release the
   * download. Throws {@link IllegalStateException} if the export is not finished yet.
   */
  Stream<ReconciliationLineItem> lineItems();

  /** Waits up to {@code timeout} for the export, then streams its line items as {@link #lineItems()}. */
  default Stream<ReconciliationLineItem> lineItems(Duration timeout) {
    waitForCompletion(timeout);
    return lineItems();
  }
}
