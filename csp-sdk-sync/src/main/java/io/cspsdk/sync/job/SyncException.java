package io.cspsdk.sync.job;

import io.cspsdk.core.error.PartnerCenterException;

/** Root of csp-sdk-sync's own errors (stores, leases, checkpoints), under the project's exception tree. */
public class SyncException extends PartnerCenterException {
  private static final long serialVersionUID = 1L;

  /** With a message and an optional cause. */
  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
