package io.cspsdk.sync.users;

import io.cspsdk.sync.users.internal.PlanRenderer;
import java.time.Instant;
import java.util.List;

/**
 * What sync would change for one customer, step by step, each with its reason and the state it was planned
 * against; {@link #toText()} for a person, {@link #toJson()} for a UI. A dry run is a plan that is not applied.
 *
 * @param usersOnCustomer the customer's users counted for the deletion threshold: the larger of the directory's
 *     users and Partner Center's active and soft-deleted users
 * @param deletionThresholdPercent the share of those users a plan may disable or delete without an allowance
 */
public record SyncPlan(String customerId, Instant plannedAt, SyncDirection direction, ConflictPolicy conflictPolicy,
                       DeletionMode deletionMode, List<SyncStep> steps, List<SeatShortage> shortages,
                       List<String> notices, int usersOnCustomer, int deletionThresholdPercent) {
  public SyncPlan {
    steps = List.copyOf(steps);
    shortages = List.copyOf(shortages);
    notices = List.copyOf(notices);
  }

  /** Whether the plan changes nothing. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  public long count(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).count();
  }

  /** Steps that disable or delete a user (on either side). */
  public long deletions() {
    return count(StepKind.DISABLE_USER) + count(StepKind.DELETE_USER);
  }

  /** Whether the deletions exceed the threshold, so that apply needs {@link ApplyOptions#allowingDeletions()}. */
  public boolean deletionAllowanceRequired() {
    return deletions() > 0 && deletions() * 100 > (long) deletionThresholdPercent * usersOnCustomer;
  }

  /** The plan as text a person reads. */
  public String toText() {
    return PlanRenderer.text(this);
  }

  /** The plan as JSON a UI renders. */
  public String toJson() {
    return PlanRenderer.json(this);
  }

  @Override
  public String toString() {
    return toText();
  }
}
