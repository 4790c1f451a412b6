package io.cspsdk.core.internal.domains;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.domains.Domains;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.ApiResponse;
import io.cspsdk.core.internal.validation.DomainNames;
import java.util.Objects;

/** {@link Domains} over the {@link ApiCaller}: {@code HEAD /domains/{domain}}, 200 = taken, 404 = free. */
public final class DomainsImpl implements Domains {
  private final ApiCaller caller;

  public DomainsImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  @Override
  public boolean isAvailable(String domain, RequestOptions options) {
    String full = DomainNames.initialDomain("domain", domain);
    ApiResponse response = caller.exchange(ApiRequest.head("/domains/" + ApiRequest.segment(full))
        .accept(404).options(options).build());
    return response.status() == 404;
  }
}
