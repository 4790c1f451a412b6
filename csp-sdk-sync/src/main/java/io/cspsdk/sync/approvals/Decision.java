package io.cspsdk.sync.approvals;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An approval or a rejection: who decided, when, and why (optional). */
public record Decision(String decidedBy, Instant decidedAt, boolean approved, Optional<String> reason) {
  public Decision {
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(reason, "reason");
  }
}
