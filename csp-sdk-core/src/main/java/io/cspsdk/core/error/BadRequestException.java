package io.cspsdk.core.error;

/** 400 Bad Request: the input broke a Partner Center rule (see the error code). */
public class BadRequestException extends PartnerCenterServiceException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(ServiceError error, int attempts) {
    super(error, attempts);
  }
}
