package io.cspsdk.core.error;

/** 429: too many requests; {@link #retryAfter()} says when to try again. */
public class ThrottledException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
