package io.cspsdk.core.customers;

import io.cspsdk.core.internal.validation.Inputs;
import java.util.Objects;

/**
 * A search of the customer list: Partner Center matches the start of the company name or domain, or the customers
 * of an indirect reseller or indirect provider (by tenant id).
 */
public final class CustomerFilter {
  /** The fields Partner Center can search customers by. */
  public enum Field {
    COMPANY_NAME("CompanyName"),
    DOMAIN("Domain"),
    INDIRECT_RESELLER("IndirectReseller"),
    INDIRECT_CLOUD_SOLUTION_PROVIDER("IndirectCloudSolutionProvider");

    private final String wireName;

    Field(String wireName) {
      this.wireName = wireName;
    }

    /** The spelling Partner Center expects in the filter. */
    public String wireName() {
      return wireName;
    }
  }

  private final Field field;
  private final String value;

  private CustomerFilter(Field field, String value) {
    this.field = Objects.requireNonNull(field, "field");
    this.value = Inputs.nonBlank("filter.value", value);
  }

  /** Customers whose company name starts with {@code prefix}. */
  public static CustomerFilter companyNameStartsWith(String prefix) {
    return new CustomerFilter(Field.COMPANY_NAME, prefix);
  }

  /** Customers whose domain starts with {@code prefix}. */
  public static CustomerFilter domainStartsWith(String prefix) {
    return new CustomerFilter(Field.DOMAIN, prefix);
  }

  /** Customers of the indirect reseller with this tenant id. */
  public static CustomerFilter indirectReseller(String resellerTenantId) {
    return new CustomerFilter(Field.INDIRECT_RESELLER, resellerTenantId);
  }

  /** Customers of the indirect provider with this tenant id. */
  public static CustomerFilter indirectCloudSolutionProvider(String providerTenantId) {
    return new CustomerFilter(Field.INDIRECT_CLOUD_SOLUTION_PROVIDER, providerTenantId);
  }

  public Field field() {
    return field;
  }

  public String value() {
    return value;
  }

  /** Partner Center's operator for this filter (always a prefix match). */
  public String operator() {
    return "starts_with";
  }

  @Override
  public String toString() {
    return "CustomerFilter{" + field.wireName() + " " + operator() + " '" + value + "'}";
  }
}
