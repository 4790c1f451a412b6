package io.cspsdk.sync.users;

import io.cspsdk.sync.job.SyncException;

/**
 * A plan disables or deletes more of a customer's users than the configured share; apply it with
 * {@link ApplyOptions#allowingDeletions()} once a person has checked it.
 */
public final class DeletionThresholdException extends SyncException {
  private static final long serialVersionUID = 1L;

  public DeletionThresholdException(String message) {
    super(message, null);
  }
}
