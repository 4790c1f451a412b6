package io.cspsdk.core.internal.validation;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.NewCustomer;

/** Partner Center's rules for a new customer, applied when a {@link NewCustomer} is built. */
public final class CustomerRules {
  private CustomerRules() {}

  /** Partner Center's minimum for a new customer, checked field by field; the domain is normalised. */
  public static NewCustomer validated(NewCustomer c) {
    CompanyProfile company = c.companyProfile()
        .orElseThrow(() -> new ValidationException("companyProfile", "is required"));
    String domain = DomainNames.initialDomain("companyProfile.domain", company.domain().orElse(null));
    BillingProfile billing = c.billingProfile()
        .orElseThrow(() -> new ValidationException("billingProfile", "is required"));
    String email = Inputs.nonBlank("billingProfile.email", billing.email());
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new ValidationException("billingProfile.email", "must be an email address");
    }
    Inputs.nonBlank("billingProfile.culture", billing.culture());
    Inputs.nonBlank("billingProfile.language", billing.language());
    Inputs.nonBlank("billingProfile.companyName", billing.companyName());
    Address a = billing.defaultAddress()
        .orElseThrow(() -> new ValidationException("billingProfile.defaultAddress", "is required"));
    String country = Inputs.nonBlank("billingProfile.defaultAddress.country", a.country());
    if (!country.trim().matches("[A-Za-z]{2}")) {
      throw new ValidationException("billingProfile.defaultAddress.country",
          "must be an ISO 3166 two-letter country code, was '" + country + "'");
    }
    Inputs.nonBlank("billingProfile.defaultAddress.city", a.city());
    Inputs.nonBlank("billingProfile.defaultAddress.addressLine1", a.addressLine1());
    Inputs.nonBlank("billingProfile.defaultAddress.postalCode", a.postalCode());
    Inputs.nonBlank("billingProfile.defaultAddress.firstName", a.firstName().or(billing::firstName));
    Inputs.nonBlank("billingProfile.defaultAddress.lastName", a.lastName().or(billing::lastName));
    if (company.domain().filter(domain::equals).isPresent()) {
      return c;
    }
    return c.toBuilder().companyProfile(company.toBuilder().domain(domain).build()).build();
  }
}
