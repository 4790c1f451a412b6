package io.cspsdk.sync.store;

import io.cspsdk.sync.job.SyncException;

/** A store could not be read or written (I/O or database error); nothing of the failed write was kept. */
public class StoreException extends SyncException {
  private static final long serialVersionUID = 1L;

  /** With what failed and why. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
