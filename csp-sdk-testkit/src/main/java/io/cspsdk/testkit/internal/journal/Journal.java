package io.cspsdk.testkit.internal.journal;

import io.cspsdk.testkit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;

/** Every request the fake received, in arrival order. Thread-safe. */
public final class Journal {
  private final List<RecordedRequest> entries = new ArrayList<>();

  public synchronized void add(RecordedRequest r) {
    entries.add(r);
  }

  public synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
