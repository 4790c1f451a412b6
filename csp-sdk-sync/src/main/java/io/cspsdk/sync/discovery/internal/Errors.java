package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.CredentialException;
import io.cspsdk.core.error.PartnerCenterClientException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.SyncException;

/** Classifies what the client (after its own retries), the sink or the store threw. */
final class Errors {
  private Errors() {}

  static FailureCategory classify(Throwable e) {
    if (e instanceof SinkFailure) {
      return FailureCategory.TRANSIENT;
    }
    if (e instanceof PartnerCenterServiceException s) {
      int status = s.statusCode();
      if (status == 401) {
        return FailureCategory.FATAL;          // consent revoked, token refused
      }
      if (status == 408 || status == 429 || status >= 500) {
        return FailureCategory.TRANSIENT;      // still failing after the client's retries
      }
      return FailureCategory.PARTITION;        // 403 lost relationship, 404 customer gone, 400 ...
    }
    if (e instanceof CredentialException || e instanceof ValidationException || e instanceof SyncException) {
      return FailureCategory.FATAL;
    }
    if (e instanceof ConnectionException) {
      return FailureCategory.TRANSIENT;
    }
    if (e instanceof PartnerCenterClientException) {
      // the client's parse error (an unreadable answer) is about the record; its timeout error is transient
      return e.getClass().getSimpleName().endsWith("ParseException") ? FailureCategory.RECORD
          : FailureCategory.TRANSIENT;
    }
    return FailureCategory.FATAL;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
