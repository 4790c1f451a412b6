package io.cspsdk.sync.twotier;

import io.cspsdk.sync.job.SyncException;

/**
 * A customer belongs to a reseller that is not among the distributor's indirect resellers in Partner Center; the
 * customer is not mirrored (its discovery partition fails and is retried by the next run) rather than placed under a
 * reseller the mirror cannot name.
 */
public final class UnknownResellerException extends SyncException {
  private static final long serialVersionUID = 1L;

  /** With what was looked up and for whom. */
  public UnknownResellerException(String message) {
    super(message, null);
  }
}
