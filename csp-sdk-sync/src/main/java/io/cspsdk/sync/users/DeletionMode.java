package io.cspsdk.sync.users;

/** What a deletion on one side does to the other side. */
public enum DeletionMode {
  /** Disable (directory) or soft-delete (Partner Center) the user on the other side, then delete it later. */
  PROPAGATE,
  /** Only report it in the plan's notices; the other side keeps the user. */
  FLAG
}
