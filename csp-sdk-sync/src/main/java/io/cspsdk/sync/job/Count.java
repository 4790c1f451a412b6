package io.cspsdk.sync.job;

/** How many items of one kind a run has seen, imported (stored by the sink) and failed on. */
public record Count(long seen, long imported, long failed) {
  /** Nothing yet. */
  public static final Count ZERO = new Count(0, 0, 0);

  /** The sum of both counts. */
  public Count plus(Count other) {
    return new Count(seen + other.seen, imported + other.imported, failed + other.failed);
  }
}
