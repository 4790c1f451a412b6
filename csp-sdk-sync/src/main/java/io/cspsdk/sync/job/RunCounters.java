package io.cspsdk.sync.job;

import java.util.Map;
import java.util.TreeMap;

/** A snapshot of a run's counts, per item kind (for example {@code customer}, {@code subscription}). */
public record RunCounters(Map<String, Count> byKind) {
  /** No counts. */
  public static final RunCounters EMPTY = new RunCounters(Map.of());

  /** Copies the map, sorted by kind. */
  public RunCounters {
    byKind = Map.copyOf(new TreeMap<>(byKind));
  }

  /** The count of one kind, zero when absent. */
  public Count of(String kind) {
    return byKind.getOrDefault(kind, Count.ZERO);
  }

  /** The sum over all kinds. */
  public Count total() {
    return byKind.values().stream().reduce(Count.ZERO, Count::plus);
  }

  /** These counts plus another snapshot's, kind by kind. */
  public RunCounters plus(RunCounters other) {
    Map<String, Count> sum = new TreeMap<>(byKind);
    other.byKind.forEach((k, v) -> sum.merge(k, v, Count::plus));
    return new RunCounters(sum);
  }
}
