package io.cspsdk.core.customers;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.AgreementType;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.CustomerAgreement;
import io.cspsdk.core.model.NewCustomer;
import io.cspsdk.core.model.RelationshipRequest;

/**
 * The partner's customers: list and search, create (idempotent by request id), read, delete (sandbox), billing and
 * company profiles, the reseller relationship link, and agreements.
 */
public interface Customers {
  /** All customers, lazily, following Partner Center's continuation links. */
  default PagedIterable<Customer> list() {
    return list(RequestOptions.none());
  }

  PagedIterable<Customer> list(RequestOptions options);

  /** The customers matching {@code filter} (company name or domain prefix, indirect reseller or provider). */
  default PagedIterable<Customer> list(CustomerFilter filter) {
    return list(filter, RequestOptions.none());
  }

  PagedIterable<Customer> list(CustomerFilter filter, RequestOptions options);

  /** One customer by tenant id. */
  default Customer get(String customerId) {
    return get(customerId, RequestOptions.none());
  }

  Customer get(String customerId, RequestOptions options);

  /**
   * Creates a customer tenant. The company profile's domain and the billing profile (email, culture, language,
   * company name, and a default address with country, city, address line 1, postal code, first and last name) are
   * checked before anything is sent. Pass {@link RequestOptions.Builder#requestId(String)} to make a retried create
   * idempotent; the answer carries the new tenant's admin credentials.
   */
  default Customer create(NewCustomer customer) {
    return create(customer, RequestOptions.none());
  }

  Customer create(NewCustomer customer, RequestOptions options);

  /** Deletes a customer (integration sandbox only). */
  default void delete(String customerId) {
    delete(customerId, RequestOptions.none());
  }

  void delete(String customerId, RequestOptions options);

  /** The customer's billing profile, with its etag. */
  default BillingProfile billingProfile(String customerId) {
    return billingProfile(customerId, RequestOptions.none());
  }

  BillingProfile billingProfile(String customerId, RequestOptions options);

  /**
   * Replaces the billing profile; sent with {@code If-Match} of the profile's etag ({@code attributes.etag}) unless
   * the options carry one.
   */
  default BillingProfile updateBillingProfile(String customerId, BillingProfile profile) {
    return updateBillingProfile(customerId, profile, RequestOptions.none());
  }

  BillingProfile updateBillingProfile(String customerId, BillingProfile profile, RequestOptions options);

  /** The customer's company profile (tenant id, domain, company name). */
  default CompanyProfile companyProfile(String customerId) {
    return companyProfile(customerId, RequestOptions.none());
  }

  CompanyProfile companyProfile(String customerId, RequestOptions options);

  /** The link a customer follows to accept the partner as reseller. */
  default RelationshipRequest relationshipRequest() {
    return relationshipRequest(RequestOptions.none());
  }

  RelationshipRequest relationshipRequest(RequestOptions options);

  /** The agreements the customer has accepted. */
  default PagedIterable<CustomerAgreement> agreements(String customerId) {
    return agreements(customerId, RequestOptions.none());
  }

  PagedIterable<CustomerAgreement> agreements(String customerId, RequestOptions options);

  /** The agreements of one type the customer has accepted ({@code agreementType} query). */
  default PagedIterable<CustomerAgreement> agreements(String customerId, AgreementType type) {
    return agreements(customerId, type, RequestOptions.none());
  }

  /**
   * As {@link #agreements(String, AgreementType)}, with per-call options; a null type, or one that is not letters
   * and digits, is refused with a {@code ValidationException} naming {@code type}.
   */
  PagedIterable<CustomerAgreement> agreements(String customerId, AgreementType type, RequestOptions options);

  /** Records the customer's acceptance of an agreement (e.g. the Microsoft Customer Agreement). */
  default CustomerAgreement createAgreement(String customerId, CustomerAgreement agreement) {
    return createAgreement(customerId, agreement, RequestOptions.none());
  }

  CustomerAgreement createAgreement(String customerId, CustomerAgreement agreement, RequestOptions options);
}
