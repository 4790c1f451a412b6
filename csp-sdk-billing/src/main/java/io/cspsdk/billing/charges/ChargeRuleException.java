package io.cspsdk.billing.charges;

import io.cspsdk.core.error.BusinessRefusal;
import io.cspsdk.core.error.RefusalReason;
import io.cspsdk.core.error.ValidationException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A timeline event that Partner Center would refuse (a billing rule, not a malformed value): {@link #field()}
 * names the operation ({@code removeQuantity}, {@code cancel}, ...), {@link #rule()} the rule and its dates. The
 * same {@link BusinessRefusal} shape as Partner Center's own refusals.
 */
public class ChargeRuleException extends ValidationException implements BusinessRefusal {
  private static final long serialVersionUID = 1L;
  private final RefusalReason reason;
  private final OffsetDateTime allowedUntil;

  public ChargeRuleException(String field, String rule) {
    this(field, rule, RefusalReason.OTHER_RULE, null);
  }

  protected ChargeRuleException(String field, String rule, RefusalReason reason, OffsetDateTime allowedUntil) {
    super(field, rule);
    this.reason = reason;
    this.allowedUntil = allowedUntil;
  }

  @Override
  public RefusalReason reason() {
    return reason;
  }

  @Override
  public String operation() {
    return field();
  }

  @Override
  public Optional<OffsetDateTime> allowedUntil() {
    return Optional.ofNullable(allowedUntil);
  }
}
