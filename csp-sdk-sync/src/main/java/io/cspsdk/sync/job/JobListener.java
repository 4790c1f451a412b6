package io.cspsdk.sync.job;

/**
 * Observes a job's runs. Called on the job's threads: return quickly and do not throw (a throwing listener is
 * ignored, not allowed to break the run). Events of one run arrive in order: state changes in the order they
 * happen, each failure before the state change that ends the run.
 */
public interface JobListener {
  /** The run moved to another state; {@code run} is the record after the change. */
  default void onStateChanged(RunRecord run, RunState previous) {}

  /** Something could not be imported. */
  default void onFailure(RunId runId, ItemFailure failure) {}
}
