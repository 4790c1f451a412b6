package io.cspsdk.core.error;

/** 412: the If-Match etag is no longer valid. */
public class PreconditionFailedException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
