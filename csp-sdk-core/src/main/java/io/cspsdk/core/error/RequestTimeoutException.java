package io.cspsdk.core.error;

/** A call did not complete within its timeout or overall deadline. */
public class RequestTimeoutException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;

  public RequestTimeoutException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause, requestId, correlationId, attempts);
  }

  /** Always true: a call that ran out of time may succeed later. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
