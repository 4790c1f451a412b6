package io.cspsdk.testkit.internal.journal;

import io.cspsdk.testkit.RecordedRequest;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The latest requests the fake received, in arrival order; the oldest are dropped beyond the capacity, counted in
 * requests and in body characters. Thread-safe.
 */
public final class Journal {
  /** Enough for any test; keeps the memory (and garbage collection work) of a busy or long-running fake bounded. */
  public static final int DEFAULT_CAPACITY = 10_000;
  /** Request bodies kept at most (in characters, about bytes): large bodies must not exhaust the heap. */
  public static final long DEFAULT_MAX_BODY_CHARS = 64L * 1024 * 1024;
  private final int capacity;
  private final long maxBodyChars;
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();
  private long bodyChars;

  /** A journal of at most {@code capacity} entries and {@code maxBodyChars} of bodies; capacity 0 records nothing. */
  public Journal(int capacity, long maxBodyChars) {
    this.capacity = capacity;
    this.maxBodyChars = maxBodyChars;
  }

  /** Whether requests are recorded at all. */
  public boolean enabled() {
    return capacity > 0;
  }

  public synchronized void add(RecordedRequest r) {
    if (capacity == 0) {
      return;
    }
    entries.addLast(r);
    bodyChars += r.body().length();
    while (entries.size() > capacity || (bodyChars > maxBodyChars && entries.size() > 1)) {
      bodyChars -= entries.removeFirst().body().length();
    }
  }

  public synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
    bodyChars = 0;
  }
}
