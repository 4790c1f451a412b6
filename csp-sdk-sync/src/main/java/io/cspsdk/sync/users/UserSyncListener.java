package io.cspsdk.sync.users;

/** Observes user sync: plans made, steps applied, applies finished, continuous-mode failures. */
public interface UserSyncListener {
  default void planned(SyncPlan plan) {}

  default void stepApplied(String customerId, StepOutcome outcome) {}

  default void applied(ApplyResult result) {}

  /** A continuous-mode round of the customer failed as a whole. */
  default void syncFailed(String customerId, RuntimeException error) {}
}
