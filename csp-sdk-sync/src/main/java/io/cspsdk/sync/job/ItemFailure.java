package io.cspsdk.sync.job;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a run could not import, never dropped silently: which item or partition, how it was classified, why,
 * and the raw payload when there was one.
 *
 * @param kind the item kind, or {@code partition} for a whole customer
 * @param key the item's or partition's key
 * @param category how the error was classified
 * @param reason the error's message (no secrets: Partner Center errors carry none)
 * @param rawPayload the unparseable payload for a record-level failure, when known
 */
public record ItemFailure(String kind, String key, FailureCategory category, String reason,
                          Optional<String> rawPayload) {
  /** Validates. */
  public ItemFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rawPayload, "rawPayload");
  }
}
