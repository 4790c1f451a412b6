package io.cspsdk.billing.charges;

import io.cspsdk.core.error.ValidationException;

/**
 * A timeline event that Partner Center would refuse (a billing rule, not a malformed value): {@link #field()}
 * names the operation ({@code removeQuantity}, {@code cancel}, ...), {@link #rule()} the rule and its dates.
 */
public class ChargeRuleException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public ChargeRuleException(String field, String rule) {
    super(field, rule);
  }
}
