package io.cspsdk.sync.users;

/** The two sides of user sync. */
public enum SyncSide {
  PARTNER_CENTER,
  DIRECTORY;

  /** The side that is not this one. */
  public SyncSide other() {
    return this == PARTNER_CENTER ? DIRECTORY : PARTNER_CENTER;
  }
}
