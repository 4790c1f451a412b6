package io.cspsdk.sync.discovery;

import io.cspsdk.sync.job.RunId;
import java.util.List;

/**
 * Where discovered items go (the embedding product's database, a queue, ...).
 *
 * <p>The contract: delivery is <b>at least once</b>. A batch is delivered before the checkpoint that covers it is
 * written, so after a stop, crash or retry the same items may be delivered again (same kind and key, same or newer
 * content, possibly with {@link Change#CREATED} again). Implementations must therefore be idempotent by
 * {@code (kind, key)} — an upsert — and must have stored a batch durably when {@link #accept} returns: returning is
 * the acknowledgement after which the run may checkpoint past it. Throwing fails the batch's partition (it is
 * retried). Batches of different customers arrive concurrently from several threads; within one customer, a customer
 * arrives before its subscriptions and users, a user before its licences, an invoice before its lines.
 */
@FunctionalInterface
public interface DiscoverySink {
  /** Stores a batch durably (idempotently by kind and key), then returns. */
  void accept(RunId runId, List<DiscoveredItem> items);
}
