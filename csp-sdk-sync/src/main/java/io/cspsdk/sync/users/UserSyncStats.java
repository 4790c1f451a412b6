package io.cspsdk.sync.users;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of one {@link UserSync}: plans made and step outcomes by status. */
public final class UserSyncStats {
  private final AtomicLong plans = new AtomicLong();
  private final AtomicLong[] outcomes = new AtomicLong[StepOutcome.Status.values().length];

  UserSyncStats() {
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = new AtomicLong();
    }
  }

  void planned() {
    plans.incrementAndGet();
  }

  void outcome(StepOutcome o) {
    outcomes[o.status().ordinal()].incrementAndGet();
  }

  public long plans() {
    return plans.get();
  }

  public long steps(StepOutcome.Status status) {
    return outcomes[status.ordinal()].get();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("UserSyncStats{plans=").append(plans());
    for (StepOutcome.Status s : StepOutcome.Status.values()) {
      b.append(", ").append(s.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(steps(s));
    }
    return b.append('}').toString();
  }
}
