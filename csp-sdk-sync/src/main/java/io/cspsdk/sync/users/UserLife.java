package io.cspsdk.sync.users;

/** Whether a user exists on a side: active, suspended (directory: disabled; Partner Center: soft-deleted), gone. */
public enum UserLife {
  ACTIVE,
  SUSPENDED,
  GONE
}
