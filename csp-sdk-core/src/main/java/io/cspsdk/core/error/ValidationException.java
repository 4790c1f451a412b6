package io.cspsdk.core.error;

/**
 * Input refused before anything was sent: {@link #field()} names the field, {@link #rule()} the rule it broke.
 */
public class ValidationException extends PartnerCenterClientException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String rule;

  public ValidationException(String field, String rule) {
    super(field + ": " + rule, null);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
