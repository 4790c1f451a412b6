package io.cspsdk.testkit.internal.faults;

import java.time.Duration;

/** What a fault rule does to a matching request. */
public record FaultAction(Kind kind, int status, Duration retryAfter, Duration latency) {
  /** The kinds of fault. */
  public enum Kind { STATUS, LATENCY, DROP_CONNECTION, MALFORMED_BODY, DROP_AFTER_PROCESSING }
}
