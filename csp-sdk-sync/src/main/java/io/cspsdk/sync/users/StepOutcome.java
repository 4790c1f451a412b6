package io.cspsdk.sync.users;

/** What applying one step did. */
public record StepOutcome(SyncStep step, Status status, String detail) {
  /** How a step ended. */
  public enum Status {
    APPLIED,
    /** The target already was in the step's expected state (the plan was applied before): nothing sent. */
    ALREADY_APPLIED,
    /** The target changed since planning; nothing sent. Plan again. */
    STALE,
    /** Part of the step happened (said in the detail), the rest did not. */
    PARTIAL,
    FAILED,
    /** Not attempted: blocked at planning, or a step it depends on did not succeed. */
    SKIPPED
  }

  /** Whether the step's target is now as planned. */
  public boolean succeeded() {
    return status == Status.APPLIED || status == Status.ALREADY_APPLIED;
  }
}
