package io.cspsdk.core.internal.auth;

import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.cspsdk.core.error.CredentialException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps MSAL failures to {@link CredentialException} with a machine-readable reason ({@code invalid_grant},
 * {@code interaction_required}, {@code invalid_client}, ...) and a hint. Messages carry only the error code, the
 * AADSTS number and the correlation id; never secrets or tokens.
 */
final class MsalErrors {
  private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+");
  /** Entra ID codes meaning "a user must sign in again with MFA / consent". */
  private static final Pattern INTERACTION = Pattern.compile("AADSTS(50076|50079|50158|50072|65001|16000)\\b");

  private MsalErrors() {}

  static CredentialException map(Throwable failure, String what) {
    for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof TokenCacheStoreFailure) {
        return ((TokenCacheStoreFailure) c).toCredentialException(what);
      }
    }
    Throwable t = failure;
    while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new CredentialException(what + ": interrupted", "interrupted", null);
    }
    if (!(t instanceof MsalException)) {
      return new CredentialException(what + ": " + t.getClass().getSimpleName(), "token_request_failed", t);
    }
    MsalException e = (MsalException) t;
    String text = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = AADSTS.matcher(text);
    String aadsts = m.find() ? m.group() : null;
    String reason = e.errorCode() == null ? "token_request_failed" : e.errorCode();
    if (INTERACTION.matcher(text).find()) {
      reason = "interaction_required";
    }
    StringBuilder msg = new StringBuilder(what).append(": ").append(reason);
    if (aadsts != null) {
      msg.append(" (").append(aadsts).append(')');
    }
    if (e instanceof MsalServiceException && ((MsalServiceException) e).correlationId() != null) {
      msg.append(", correlation id ").append(((MsalServiceException) e).correlationId());
    }
    msg.append(hint(reason));
    return new CredentialException(msg.toString(), reason, null);
  }

  private static String hint(String reason) {
    switch (reason) {
      case "invalid_grant":
        return ". The refresh token is expired, revoked or was issued to another app: run the consent flow again.";
      case "interaction_required":
        return ". A partner admin must sign in again (multi-factor authentication or consent required).";
      case "invalid_client":
      case "unauthorized_client":
        return ". The client id, secret or certificate was rejected.";
      default:
        return ".";
    }
  }
}
