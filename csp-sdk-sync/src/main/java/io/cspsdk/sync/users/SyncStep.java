package io.cspsdk.sync.users;

import java.util.List;
import java.util.Optional;

/**
 * One step of a {@link SyncPlan}: what it changes on which side, why, and the state of its target it was planned
 * against ({@link #plannedAgainst()}) and leaves ({@link #expected()}). {@code apply} refuses a step whose target
 * is no longer in the planned-against state as stale.
 *
 * @param key stable id of the step within its plan
 * @param directoryUserId the directory user concerned (empty for one to be created)
 * @param partnerCenterUserId the Partner Center user concerned (empty for one to be created)
 * @param licences licence SKU ids a licence step assigns or removes (a new user's licences are assigned by the
 *     licence step after its creation); for {@link StepKind#BUY_SEATS} the SKU that lacks seats
 * @param licenceGroup Partner Center licence group of the SKUs of a licence step
 * @param subscriptionId the subscription a {@link StepKind#BUY_SEATS} step raises
 * @param blockedBy why the step cannot be applied as planned (apply skips it), e.g. seats or usage location missing
 * @param dependsOn key of a step that must succeed first
 */
public record SyncStep(String key, StepKind kind, SyncSide side, String userPrincipalName,
                       Optional<String> directoryUserId, Optional<String> partnerCenterUserId,
                       List<AttributeChange> changes, List<String> licences, Optional<String> licenceGroup,
                       Optional<String> subscriptionId, String reason, Optional<UserSnapshot> plannedAgainst,
                       Optional<UserSnapshot> expected, Optional<String> blockedBy, Optional<String> dependsOn) {
  public SyncStep {
    changes = List.copyOf(changes);
    licences = List.copyOf(licences);
  }

  /** Whether planning found a reason this step cannot run. */
  public boolean blocked() {
    return blockedBy.isPresent();
  }
}
