package io.cspsdk.testkit.internal.journal;

import io.cspsdk.testkit.RecordedRequest;
import java.util.ArrayDeque;
import java.util.List;

/** The latest requests the fake received, in arrival order; the oldest are dropped beyond the capacity. Thread-safe. */
public final class Journal {
  /** Enough for any test; keeps the memory (and garbage collection work) of a busy or long-running fake bounded. */
  public static final int DEFAULT_CAPACITY = 10_000;
  private final int capacity;
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

  /** A journal of at most {@code capacity} entries; 0 records nothing. */
  public Journal(int capacity) {
    this.capacity = capacity;
  }

  /** Whether requests are recorded at all. */
  public boolean enabled() {
    return capacity > 0;
  }

  public synchronized void add(RecordedRequest r) {
    if (capacity == 0) {
      return;
    }
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(r);
  }

  public synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
