package io.cspsdk.core.internal.support;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.ServiceRequest;
import io.cspsdk.core.support.ServiceRequests;
import java.util.Objects;

/** {@link ServiceRequests} over the {@link ApiCaller}. */
public final class ServiceRequestsImpl implements ServiceRequests {
  private final ApiCaller caller;

  public ServiceRequestsImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  private static String path(String serviceRequestId) {
    return "/servicerequests/" + ApiRequest.segment(Inputs.nonBlank("serviceRequestId", serviceRequestId));
  }

  @Override
  public PagedIterable<ServiceRequest> list(RequestOptions options) {
    return caller.list(ApiRequest.get("/servicerequests").options(options).build(), ServiceRequest.class);
  }

  @Override
  public PagedIterable<ServiceRequest> listForCustomer(String customerId, RequestOptions options) {
    String path = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId)) + "/servicerequests";
    return caller.list(ApiRequest.get(path).options(options).build(), ServiceRequest.class);
  }

  @Override
  public ServiceRequest get(String serviceRequestId, RequestOptions options) {
    return caller.call(ApiRequest.get(path(serviceRequestId)).options(options).build(), ServiceRequest.class);
  }

  @Override
  public ServiceRequest create(ServiceRequest request, String agreementLocale, RequestOptions options) {
    Inputs.present("request", request);
    String locale = Inputs.nonBlank("agreementLocale", agreementLocale).trim();
    if (!locale.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw new ValidationException("agreementLocale", "must be a language tag such as en-US, was '" + locale + "'");
    }
    Inputs.nonBlank("request.title", request.title());
    Inputs.nonBlank("request.description", request.description());
    request.severity().orElseThrow(() -> new ValidationException("request.severity", "is required"));
    Inputs.nonBlank("request.supportTopicId", request.supportTopicId());
    return caller.call(ApiRequest.post("/servicerequests/" + ApiRequest.segment(locale), request)
        .options(options).build(), ServiceRequest.class);
  }

  @Override
  public ServiceRequest update(String serviceRequestId, ServiceRequest changes, RequestOptions options) {
    String path = path(serviceRequestId);
    Inputs.present("changes", changes);
    return caller.call(ApiRequest.patch(path, changes).options(options).build(), ServiceRequest.class);
  }
}
