package io.cspsdk.sync.discovery.internal;

/** Unwinds a partition at a safe point when the run must stop; the partition is not committed. */
final class StopAtSafePoint extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StopAtSafePoint() {
    super("stop at safe point", null, false, false);
  }
}
