package io.cspsdk.core.error;

import java.util.Optional;

/**
 * Root of every exception csp-sdk throws (unchecked). Client-side failures extend
 * {@link PartnerCenterClientException}; answers from Partner Center extend {@link PartnerCenterServiceException}.
 * Messages never contain tokens, secrets or passwords.
 */
public class PartnerCenterException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String requestId;
  private final String correlationId;
  private final int attempts;

  public PartnerCenterException(String message, Throwable cause, String requestId, String correlationId, int attempts) {
    super(message, cause);
    this.requestId = requestId;
    this.correlationId = correlationId;
    this.attempts = attempts;
  }

  public PartnerCenterException(String message, Throwable cause) {
    this(message, cause, null, null, 1);
  }

  /** The MS-RequestId of the call (the same on all its attempts), when the failure belongs to a call. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The MS-CorrelationId of the call, when the failure belongs to a call. */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  /** How many attempts the call made before failing (1 when it was not retried). */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the same call may succeed if made again later (network failures, timeouts, throttling, transient server
   * errors). The client has already retried these within its retry options; false for everything else.
   */
  public boolean isRetryable() {
    return false;
  }
}
