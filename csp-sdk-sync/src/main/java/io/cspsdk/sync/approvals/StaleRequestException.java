package io.cspsdk.sync.approvals;

import io.cspsdk.core.error.ValidationException;

/** A request changed in the store since it was read; read it again and retry the decision. */
public final class StaleRequestException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public StaleRequestException(String id, long expected, long actual) {
    super("version", "request " + id + " is at version " + actual + ", expected " + expected);
  }
}
