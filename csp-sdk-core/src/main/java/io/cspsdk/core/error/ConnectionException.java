package io.cspsdk.core.error;

/** The connection to Partner Center failed (refused, reset, DNS, TLS). */
public class ConnectionException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;

  public ConnectionException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause, requestId, correlationId, attempts);
  }

  /** Always true: A failed connection may succeed later. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
