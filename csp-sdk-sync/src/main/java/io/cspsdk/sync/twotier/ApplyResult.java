package io.cspsdk.sync.twotier;

/** What applying one event did. */
public record ApplyResult(Outcome outcome, EventKind kind, String sourceId, long version, String detail) {
  /** The outcomes of applying an event. */
  public enum Outcome {
    /** Written: the event was newer than the mirror. */
    APPLIED,
    /** Already applied (same source id and version, same content): nothing changed. */
    DUPLICATE,
    /** Older than what the mirror holds (arrived out of order): ignored, the newer state kept. */
    STALE,
    /** Same version as the mirror but different content: not applied, needs a re-sync. */
    CONFLICT,
    /** Its parent (account or base subscription) is not mirrored yet: kept and retried after later events. */
    DEFERRED
  }
}
