package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.validation.CustomerRules;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is sent to create a customer: company profile (domain) and billing profile (address, contact).
 * {@code build()} enforces Partner Center's minimum (domain, billing email, culture, language, company name,
 * address with country, city, line 1, postal code and names) with a {@link ValidationException} naming the field,
 * and normalises the domain.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNewCustomer.class)
@JsonDeserialize(as = ImmutableNewCustomer.class)
public abstract class NewCustomer {
  public abstract Optional<CompanyProfile> companyProfile();

  public abstract Optional<BillingProfile> billingProfile();

  /** The indirect reseller the customer is created for, if any. */
  public abstract Optional<String> associatedPartnerId();

  @Value.Check
  protected NewCustomer check() {
    return CustomerRules.validated(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link NewCustomer}. */
  public static final class Builder extends ImmutableNewCustomer.Builder {}
}
