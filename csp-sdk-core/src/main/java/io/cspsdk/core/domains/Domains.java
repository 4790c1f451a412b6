package io.cspsdk.core.domains;

import io.cspsdk.core.RequestOptions;

/** Availability of initial ({@code *.onmicrosoft.com}) domains for new customer tenants. */
public interface Domains {
  /**
   * Whether {@code domain} (a prefix such as {@code contoso}, or a full {@code contoso.onmicrosoft.com}) is still
   * free. The prefix must be 1 to 27 letters or digits ({@link io.cspsdk.core.error.ValidationException} otherwise).
   */
  default boolean isAvailable(String domain) {
    return isAvailable(domain, RequestOptions.none());
  }

  boolean isAvailable(String domain, RequestOptions options);
}
