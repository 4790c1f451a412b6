package io.cspsdk.sync.users;

/** Which side is made to follow which. */
public enum SyncDirection {
  /** Partner Center is the source; the directory follows. */
  PARTNER_CENTER_TO_DIRECTORY,
  /** The directory is the source; Partner Center follows. */
  DIRECTORY_TO_PARTNER_CENTER,
  /** Changes flow both ways; a change made on both sides since the last sync is settled by the conflict policy. */
  BOTH_WAYS;

  /** Whether changes are written to Partner Center. */
  public boolean toPartnerCenter() {
    return this != PARTNER_CENTER_TO_DIRECTORY;
  }

  /** Whether changes are written to the directory. */
  public boolean toDirectory() {
    return this != DIRECTORY_TO_PARTNER_CENTER;
  }
}
