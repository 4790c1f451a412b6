package io.cspsdk.core.error;

/** A call did not complete within its timeout or overall deadline. */
public class TimeoutException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;

  public TimeoutException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause, requestId, correlationId, attempts);
  }
}
