package io.cspsdk.sync.discovery;

/** What happened to an item since the last run that saw its partition. */
public enum Change {
  /** Not seen before. */
  CREATED,
  /** Seen before with other content. */
  UPDATED,
  /** Seen before with the same content (delivered so that mirrors can record the run that last saw it). */
  UNCHANGED,
  /** Seen before, gone now; the item carries no value. */
  REMOVED
}
