package io.cspsdk.sync.job;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cooperative stop: requesting it returns at once; the job checks it at its safe points. */
public final class StopSignal {
  private final AtomicBoolean requested = new AtomicBoolean();

  /** Asks the job to stop at its next safe point; returns at once. */
  public void request() {
    requested.set(true);
  }

  /** Whether a stop was requested. */
  public boolean isRequested() {
    return requested.get();
  }
}
