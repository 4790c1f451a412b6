package io.cspsdk.core.error;

/** 409: the resource is busy or in a conflicting state (e.g. order in progress). */
public class ConflictException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public ConflictException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
