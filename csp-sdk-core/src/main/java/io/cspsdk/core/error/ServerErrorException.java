package io.cspsdk.core.error;

/** 5xx: Partner Center failed or is unavailable. */
public class ServerErrorException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
