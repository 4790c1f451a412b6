package io.cspsdk.core.support;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.ServiceRequest;

/** Support incidents (service requests) raised with Microsoft: list, read, create, update (add a note, close). */
public interface ServiceRequests {
  /** The partner's service requests. */
  default PagedIterable<ServiceRequest> list() {
    return list(RequestOptions.none());
  }

  PagedIterable<ServiceRequest> list(RequestOptions options);

  /** The service requests raised for one customer. */
  default PagedIterable<ServiceRequest> listForCustomer(String customerId) {
    return listForCustomer(customerId, RequestOptions.none());
  }

  PagedIterable<ServiceRequest> listForCustomer(String customerId, RequestOptions options);

  default ServiceRequest get(String serviceRequestId) {
    return get(serviceRequestId, RequestOptions.none());
  }

  ServiceRequest get(String serviceRequestId, RequestOptions options);

  /**
   * Raises a service request (title, description, severity and support topic required) in the partner agreement's
   * locale, e.g. {@code en-US}.
   */
  default ServiceRequest create(ServiceRequest request, String agreementLocale) {
    return create(request, agreementLocale, RequestOptions.none());
  }

  ServiceRequest create(ServiceRequest request, String agreementLocale, RequestOptions options);

  /** Updates a service request: e.g. {@code newNote} to add a note, or {@code status} to close it. */
  default ServiceRequest update(String serviceRequestId, ServiceRequest changes) {
    return update(serviceRequestId, changes, RequestOptions.none());
  }

  ServiceRequest update(String serviceRequestId, ServiceRequest changes, RequestOptions options);
}
