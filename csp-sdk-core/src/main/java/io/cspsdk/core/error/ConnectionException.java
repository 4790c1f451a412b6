package io.cspsdk.core.error;

/** The connection to Partner Center failed (refused, reset, DNS, TLS). */
public class ConnectionException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;

  public ConnectionException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause, requestId, correlationId, attempts);
  }

  /** True unless the host is unknown or TLS refused the server: those do not heal by themselves. */
  @Override
  public boolean isRetryable() {
    Throwable cause = getCause();
    return !(cause instanceof java.net.UnknownHostException || cause instanceof javax.net.ssl.SSLHandshakeException
        || cause instanceof javax.net.ssl.SSLPeerUnverifiedException);
  }
}
