package io.cspsdk.core.error;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partner Center refused an operation by a business rule (HTTP 400 with one of the codes of the subtypes). The
 * subtypes name the common refusals; {@link #allowedUntil()} is the first date and time in the error's description
 * or data, when it gives one.
 */
public class BusinessRuleException extends BadRequestException implements BusinessRefusal {
  private static final long serialVersionUID = 1L;
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
  private final RefusalReason reason;
  private final String operation;

  protected BusinessRuleException(ServiceError error, int attempts, RefusalReason reason, String operation) {
    super(error, attempts);
    this.reason = reason;
    this.operation = operation;
  }

  /** The typed refusal for a 400 answer carrying one of the codes, or empty. */
  static Optional<BusinessRuleException> refusalFor(ServiceError error, int attempts) {
    if (error.status() != 400 || error.code().isEmpty()) {
      return Optional.empty();
    }
    switch (error.code().get()) {
      case ErrorCodes.QUANTITY_CANNOT_BE_DECREASED: return Optional.of(new SeatDecreaseRefusedException(error, attempts));
      case ErrorCodes.CANCELLATION_WINDOW_CLOSED: return Optional.of(new CancellationRefusedException(error, attempts));
      case ErrorCodes.AGREEMENT_NOT_ACCEPTED: return Optional.of(new AgreementMissingException(error, attempts));
      case ErrorCodes.INVALID_OFFER: return Optional.of(new UnknownCatalogItemException(error, attempts));
      case ErrorCodes.NO_LICENSES_LEFT: return Optional.of(new NoLicensesLeftException(error, attempts));
      default: return Optional.empty();
    }
  }

  @Override
  public RefusalReason reason() {
    return reason;
  }

  @Override
  public String operation() {
    return operation;
  }

  @Override
  public String rule() {
    return description().orElse("Partner Center refused the operation with code " + errorCode().orElse("?"));
  }

  @Override
  public Optional<OffsetDateTime> allowedUntil() {
    Optional<OffsetDateTime> inDescription = description().flatMap(BusinessRuleException::firstDateTime);
    if (inDescription.isPresent()) {
      return inDescription;
    }
    return error().data().stream().map(BusinessRuleException::firstDateTime).flatMap(Optional::stream).findFirst();
  }

  private static Optional<OffsetDateTime> firstDateTime(String text) {
    Matcher m = DATE_TIME.matcher(text);
    while (m.find()) {
      try {
        return Optional.of(OffsetDateTime.parse(m.group()));
      } catch (DateTimeParseException e) {
        // not a real date (e.g. month 13): look further
      }
    }
    return Optional.empty();
  }
}
