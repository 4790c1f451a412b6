package io.cspsdk.sync.testing;

import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.job.RunId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Passes batches to a sink and records them in order of arrival (thread-safe). */
public final class RecordingSink implements DiscoverySink {
  private final DiscoverySink delegate;
  private final List<DiscoveredItem> items = new ArrayList<>();
  private volatile Consumer<Integer> afterBatch = n -> { };

  public RecordingSink(DiscoverySink delegate) {
    this.delegate = delegate;
  }

  /** Called after each stored batch with the number of batches so far. */
  public void afterBatch(Consumer<Integer> hook) {
    this.afterBatch = hook;
  }

  @Override
  public void accept(RunId runId, List<DiscoveredItem> batch) {
    delegate.accept(runId, batch);
    int n;
    synchronized (this) {
      items.addAll(batch);
      n = items.size();
    }
    afterBatch.accept(n);
  }

  public synchronized List<DiscoveredItem> items() {
    return List.copyOf(items);
  }

  public synchronized void clear() {
    items.clear();
  }
}
