package io.cspsdk.core.error;

/** A failure on this side of the wire: connection, timeout, credential, parse or invalid input. */
public class PartnerCenterClientException extends PartnerCenterException {
  private static final long serialVersionUID = 1L;

  public PartnerCenterClientException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause, requestId, correlationId, attempts);
  }

  public PartnerCenterClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
