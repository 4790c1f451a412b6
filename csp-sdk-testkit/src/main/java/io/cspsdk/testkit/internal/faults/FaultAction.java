package io.cspsdk.testkit.internal.faults;

import java.time.Duration;
import java.util.Map;

/**
 * What a fault rule does to a matching request.
 *
 * @param recordIndex for {@link Kind#MALFORMED_RECORD}: which item of the page's {@code items} to change
 * @param recordMembers for {@link Kind#MALFORMED_RECORD}: the members to set on that item (JSON values)
 */
public record FaultAction(Kind kind, int status, Duration retryAfter, Duration latency, int recordIndex,
                          Map<String, Object> recordMembers) {
  /** The kinds of fault. */
  public enum Kind { STATUS, LATENCY, DROP_CONNECTION, MALFORMED_BODY, DROP_AFTER_PROCESSING, MALFORMED_RECORD }

  /** A fault that does not change records. */
  public FaultAction(Kind kind, int status, Duration retryAfter, Duration latency) {
    this(kind, status, retryAfter, latency, -1, Map.of());
  }
}
