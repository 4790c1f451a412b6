package io.cspsdk.sync.store;

/**
 * A checkpoint (or partition record) exists but cannot be trusted: truncated, altered, unparseable or written in a
 * format this version does not know. The job refuses to start rather than silently starting over; repair or delete
 * the named record.
 */
public final class CorruptCheckpointException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final String location;
  private final String rule;

  /** Where the record lives and which rule it broke. */
  public CorruptCheckpointException(String location, String rule) {
    super("corrupt checkpoint at " + location + ": " + rule, null);
    this.location = location;
    this.rule = rule;
  }

  /** The file or table row that is corrupt. */
  public String location() {
    return location;
  }

  /** The rule it broke (checksum, format version, missing field...). */
  public String rule() {
    return rule;
  }
}
