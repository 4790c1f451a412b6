package io.cspsdk.core.audit;

import io.cspsdk.core.internal.validation.Inputs;

/** A filter of audit records: company name substring, customer id, or resource type (e.g. {@code subscription}). */
public final class AuditFilter {
  private final String field;
  private final String value;
  private final String operator;

  private AuditFilter(String field, String value, String operator) {
    this.field = field;
    this.value = Inputs.nonBlank("filter.value", value);
    this.operator = operator;
  }

  /** Records of customers whose company name contains {@code text}. */
  public static AuditFilter companyNameContains(String text) {
    return new AuditFilter("CompanyName", text, "substring");
  }

  /** Records of one customer. */
  public static AuditFilter customerId(String customerId) {
    return new AuditFilter("CustomerId", customerId, "equals");
  }

  /** Records about one kind of resource ({@code customer}, {@code subscription}, {@code order}, ...). */
  public static AuditFilter resourceType(String resourceType) {
    return new AuditFilter("ResourceType", resourceType, "equals");
  }

  /** Partner Center's field name. */
  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  /** Partner Center's operator ({@code substring} or {@code equals}). */
  public String operator() {
    return operator;
  }

  @Override
  public String toString() {
    return "AuditFilter{" + field + " " + operator + " '" + value + "'}";
  }
}
