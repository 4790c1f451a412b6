package io.cspsdk.core.http;

/**
 * A hook into every HTTP attempt the client sends to Partner Center, Graph or the price-sheet service: add headers,
 * record metrics, start and end trace spans, without forking the client. Registered with
 * {@code PartnerCenterClient.builder().addInterceptor(...)}; interceptors run in the order they were added, on the
 * calling thread, and must be thread-safe. An exception thrown by an interceptor fails the call.
 *
 * <p>The hooks see the request after authentication and rate limiting, once per attempt: a call retried twice
 * calls {@link #beforeRequest} three times and {@link #onRetry} twice. The {@code Authorization} header is never
 * shown to them.
 */
public interface HttpInterceptor {
  /** Before an attempt is sent; may add headers. */
  default void beforeRequest(HttpRequestInfo request) {}

  /** After an attempt was answered (any status), with the time it took. */
  default void afterResponse(HttpRequestInfo request, HttpResponseInfo response) {}

  /** When the client is about to wait and send the request again. */
  default void onRetry(HttpRequestInfo request, RetryInfo retry) {}
}
