package io.cspsdk.core.error;

/** 401: the token was missing, expired or for the wrong audience. */
public class UnauthorizedException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
