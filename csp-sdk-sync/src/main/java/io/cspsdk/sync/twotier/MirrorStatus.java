package io.cspsdk.sync.twotier;

/** A mirrored subscription's status as the reseller's system reports it. */
public enum MirrorStatus {
  ACTIVE, SUSPENDED, CANCELLED
}
