package io.cspsdk.sync.users;

import io.cspsdk.core.model.SubscribedSku;
import java.util.List;

/**
 * What {@code apply} did: one outcome per plan step, in plan order, and the customer's licence SKUs (consumed and
 * available units) as Partner Center reports them after the apply.
 */
public record ApplyResult(String customerId, List<StepOutcome> outcomes, List<SubscribedSku> skusAfter) {
  public ApplyResult {
    outcomes = List.copyOf(outcomes);
    skusAfter = List.copyOf(skusAfter);
  }

  public long count(StepOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** Whether every step's target is now as planned. */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(StepOutcome::succeeded);
  }
}
