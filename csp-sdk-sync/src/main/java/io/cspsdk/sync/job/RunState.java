package io.cspsdk.sync.job;

/** The states of a run (the product document's five, plus the transitional {@link #STOPPING}). */
public enum RunState {
  /** The job has never run. */
  NOT_STARTED,
  /** Running. */
  IN_PROGRESS,
  /** A stop was requested; the run ends at its next safe point. */
  STOPPING,
  /** Stopped by the caller at a safe point; the next start resumes it. */
  STOPPED,
  /** Failed with a cause; the next start resumes it. */
  ERROR,
  /** Finished; the next start begins a new run. */
  COMPLETED;

  /** Whether the run is over (stopped, failed or completed). */
  public boolean isTerminal() {
    return this == STOPPED || this == ERROR || this == COMPLETED;
  }

  /** Whether the next start continues this run rather than beginning a new one. */
  public boolean isResumable() {
    return this != COMPLETED && this != NOT_STARTED;
  }
}
