package io.cspsdk.core.error;

import java.util.Optional;

/** A long-running operation (e.g. a Graph billing export) finished with status failed. */
public class OperationFailedException extends PartnerCenterException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String operationId;

  public OperationFailedException(String operationId, String code, String message) {
    super("Operation " + operationId + " failed" + (code == null ? "" : ", code " + code)
        + (message == null ? "" : ": " + message), null);
    this.code = code;
    this.operationId = operationId;
  }

  /** The error code the operation reported, when it reported one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public String operationId() {
    return operationId;
  }
}
