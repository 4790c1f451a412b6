package io.cspsdk.core.internal.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.customers.CustomerFilter;
import io.cspsdk.core.customers.Customers;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.validation.DomainNames;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.AgreementContact;
import io.cspsdk.core.model.AgreementType;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.CustomerAgreement;
import io.cspsdk.core.model.NewCustomer;
import io.cspsdk.core.model.RelationshipRequest;
import io.cspsdk.core.model.ResourceAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link Customers} over the {@link ApiCaller}. */
public final class CustomersImpl implements Customers {
  /** Customers per page requested from Partner Center. */
  static final int PAGE_SIZE = 100;

  private final ApiCaller caller;

  public CustomersImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  private static String customerPath(String customerId) {
    return "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId));
  }

  @Override
  public PagedIterable<Customer> list(RequestOptions options) {
    return caller.list(ApiRequest.get("/customers").query("size", PAGE_SIZE).options(options).build(), Customer.class);
  }

  @Override
  public PagedIterable<Customer> list(CustomerFilter filter, RequestOptions options) {
    Inputs.present("filter", filter);
    return caller.list(ApiRequest.get("/customers").query("size", PAGE_SIZE).query("filter", filterJson(filter))
        .options(options).build(), Customer.class);
  }

  static String filterJson(CustomerFilter filter) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("Field", filter.field().wireName());
    f.put("Value", filter.value());
    f.put("Operator", filter.operator());
    try {
      return Json.mapper().writeValueAsString(f);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a customer filter", e);
    }
  }

  @Override
  public Customer get(String customerId, RequestOptions options) {
    return caller.call(ApiRequest.get(customerPath(customerId)).options(options).build(), Customer.class);
  }

  @Override
  public Customer create(NewCustomer customer, RequestOptions options) {
    // a NewCustomer is valid once built (NewCustomer.Builder.build() checks Partner Center's minimum)
    return caller.call(ApiRequest.post("/customers", Inputs.present("customer", customer)).options(options).build(),
        Customer.class);
  }

  @Override
  public void delete(String customerId, RequestOptions options) {
    caller.exchange(ApiRequest.delete(customerPath(customerId)).options(options).build());
  }

  @Override
  public BillingProfile billingProfile(String customerId, RequestOptions options) {
    return caller.call(ApiRequest.get(customerPath(customerId) + "/profiles/billing").options(options).build(),
        BillingProfile.class);
  }

  @Override
  public BillingProfile updateBillingProfile(String customerId, BillingProfile profile, RequestOptions options) {
    String path = customerPath(customerId) + "/profiles/billing";
    Inputs.present("profile", profile);
    RequestOptions opts = options == null ? RequestOptions.none() : options;
    Optional<String> etag = opts.ifMatch().or(() -> profile.attributes().flatMap(ResourceAttributes::etag));
    ApiRequest.Builder req = ApiRequest.put(path, profile).options(opts);
    etag.ifPresent(e -> req.header("If-Match", e));
    return caller.call(req.build(), BillingProfile.class);
  }

  @Override
  public CompanyProfile companyProfile(String customerId, RequestOptions options) {
    return caller.call(ApiRequest.get(customerPath(customerId) + "/profiles/company").options(options).build(),
        CompanyProfile.class);
  }

  @Override
  public RelationshipRequest relationshipRequest(RequestOptions options) {
    return caller.call(ApiRequest.get("/customers/relationshiprequests").options(options).build(),
        RelationshipRequest.class);
  }

  @Override
  public PagedIterable<CustomerAgreement> agreements(String customerId, RequestOptions options) {
    return caller.list(ApiRequest.get(customerPath(customerId) + "/agreements").options(options).build(),
        CustomerAgreement.class);
  }

  @Override
  public PagedIterable<CustomerAgreement> agreements(String customerId, AgreementType type, RequestOptions options) {
    Inputs.present("type", type);
    if (!type.value().matches("[A-Za-z0-9]+")) {
      throw new ValidationException("type", "must be letters and digits, was '" + type.value() + "'");
    }
    return caller.list(ApiRequest.get(customerPath(customerId) + "/agreements").query("agreementType", type.value())
        .options(options).build(), CustomerAgreement.class);
  }

  @Override
  public CustomerAgreement createAgreement(String customerId, CustomerAgreement agreement, RequestOptions options) {
    String path = customerPath(customerId) + "/agreements";
    Inputs.present("agreement", agreement);
    Inputs.nonBlank("agreement.templateId", agreement.templateId());
    agreement.type().orElseThrow(() -> new ValidationException("agreement.type", "is required"));
    AgreementContact contact = agreement.primaryContact()
        .orElseThrow(() -> new ValidationException("agreement.primaryContact", "is required"));
    Inputs.nonBlank("agreement.primaryContact.firstName", contact.firstName());
    Inputs.nonBlank("agreement.primaryContact.lastName", contact.lastName());
    Inputs.nonBlank("agreement.primaryContact.email", contact.email());
    agreement.dateAgreed().orElseThrow(() -> new ValidationException("agreement.dateAgreed", "is required"));
    return caller.call(ApiRequest.post(path, agreement).options(options).build(), CustomerAgreement.class);
  }
}
