package io.cspsdk.core.error;

/** 403: the token lacks the permission or the partner lacks the relationship. */
public class ForbiddenException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
