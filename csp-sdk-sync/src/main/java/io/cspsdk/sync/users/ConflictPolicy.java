package io.cspsdk.sync.users;

/**
 * Who wins when both sides changed the same attribute (or licence, or state) since the last sync, or when a user is
 * first matched and the sides differ.
 */
public enum ConflictPolicy {
  PARTNER_CENTER_WINS,
  DIRECTORY_WINS,
  /**
   * The side changed last wins: the directory's {@link DirectoryUser#modifiedAt()} against the latest Partner Center
   * audit record of the user. Partner Center users carry no modification time and audit records cover only the
   * partner's own operations, so a Partner Center change without an audit record counts as older than any directory
   * change with a time; when neither side has a time, Partner Center wins.
   */
  NEWEST_CHANGE_WINS
}
