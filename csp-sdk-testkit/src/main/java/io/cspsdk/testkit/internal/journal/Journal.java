package io.cspsdk.testkit.internal.journal;

import io.cspsdk.testkit.RecordedRequest;
import java.util.ArrayDeque;
import java.util.List;

/** Every request the fake received, in arrival order (the oldest dropped beyond a cap). Thread-safe. */
public final class Journal {
  /** Enough for any test; keeps a long-running standalone server's memory bounded. */
  public static final int MAX_ENTRIES = 100_000;
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

  public synchronized void add(RecordedRequest r) {
    if (entries.size() == MAX_ENTRIES) {
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
