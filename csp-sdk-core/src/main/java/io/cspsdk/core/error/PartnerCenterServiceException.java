package io.cspsdk.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Partner Center answered with an error status. Subclasses exist for 400, 401, 403, 404, 409, 412, 429 and 5xx;
 * use {@link #of(ServiceError, int)} to get the right one.
 */
public class PartnerCenterServiceException extends PartnerCenterException {
  private static final long serialVersionUID = 1L;
  private final transient ServiceError error;

  public PartnerCenterServiceException(ServiceError error, int attempts) {
    super(message(error), null, error.requestId().orElse(null), error.correlationId().orElse(null), attempts);
    this.error = error;
  }

  private static String message(ServiceError e) {
    StringBuilder sb = new StringBuilder("Partner Center returned HTTP ").append(e.status());
    e.code().ifPresent(c -> sb.append(", code ").append(c));
    e.description().ifPresent(d -> sb.append(": ").append(d));
    e.requestId().ifPresent(r -> sb.append(" (MS-RequestId ").append(r).append(')'));
    return sb.toString();
  }

  /**
   * The exception type matching the error: a {@link BusinessRuleException} subtype for the common business
   * refusals (400 with their codes), otherwise the type of the HTTP status.
   */
  public static PartnerCenterServiceException of(ServiceError error, int attempts) {
    Optional<BusinessRuleException> refusal = BusinessRuleException.refusalFor(error, attempts);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    switch (error.status()) {
      case 400: return new BadRequestException(error, attempts);
      case 401: return new UnauthorizedException(error, attempts);
      case 403: return new ForbiddenException(error, attempts);
      case 404: return new NotFoundException(error, attempts);
      case 409: return new ConflictException(error, attempts);
      case 412: return new PreconditionFailedException(error, attempts);
      case 429: return new ThrottledException(error, attempts);
      default:
        return error.status() >= 500 ? new ServerErrorException(error, attempts)
            : new PartnerCenterServiceException(error, attempts);
    }
  }

  public ServiceError error() {
    return error;
  }

  public int statusCode() {
    return error.status();
  }

  /** Partner Center's error code as text, e.g. {@code "60012"}. */
  public Optional<String> errorCode() {
    return error.code();
  }

  public Optional<String> description() {
    return error.description();
  }

  public Optional<Duration> retryAfter() {
    return error.retryAfter();
  }

  /** True for 408, 429, 500, 502, 503 and 504: the answers the client's own retries retry. */
  @Override
  public boolean isRetryable() {
    switch (error.status()) {
      case 408: case 429: case 500: case 502: case 503: case 504: return true;
      default: return false;
    }
  }
}
