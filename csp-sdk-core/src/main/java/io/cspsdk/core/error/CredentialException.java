package io.cspsdk.core.error;

/**
 * A token could not be obtained: bad client secret or certificate, expired or revoked refresh token, missing MFA
 * claim, consent not granted. {@link #reason()} says which, when known.
 */
public class CredentialException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public CredentialException(String message, String reason, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** A short machine-readable reason such as {@code invalid_grant}, {@code interaction_required}, or null. */
  public String reason() {
    return reason;
  }
}
