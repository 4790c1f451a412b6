package io.cspsdk.core.error;

/** 404: no such resource. */
public class NotFoundException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
