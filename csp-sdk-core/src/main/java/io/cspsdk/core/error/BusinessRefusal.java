package io.cspsdk.core.error;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The one shape of a business refusal, whoever refuses: Partner Center (the {@link BusinessRuleException}
 * subtypes, e.g. {@link SeatDecreaseRefusedException}) or csp-sdk's billing engine predicting what Partner Center
 * would refuse (its {@code ChargeRuleException} subtypes). Refusals are never retryable.
 *
 * <pre>{@code
 * catch (PartnerCenterException e) {
 *   if (e instanceof BusinessRefusal r && r.reason() == RefusalReason.SEAT_DECREASE_NOT_ALLOWED) { ... }
 * }
 * }</pre>
 */
public interface BusinessRefusal {
  /** The rule that refused. */
  RefusalReason reason();

  /** The operation refused ({@code removeQuantity}, {@code cancel}, {@code order}, {@code assignLicenses}, ...). */
  String operation();

  /** What the rule says, in words (Partner Center's description, or the billing engine's explanation). */
  String rule();

  /** Until when the operation was allowed, when the refusal says so (e.g. the end of the cancellation window). */
  Optional<OffsetDateTime> allowedUntil();
}
