package io.cspsdk.core.internal.http;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.Poller;
import io.cspsdk.core.Response;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * What resource groups call: one logical call through the whole pipeline (request id, correlation, rate limit,
 * retry, auth, logging, transport). Non-success statuses throw the typed exceptions of
 * {@code io.cspsdk.core.error}; unparseable bodies throw {@code ResponseParseException}.
 */
public interface ApiCaller {
  /** The client's settings (limits, clock, retry policy) for code that reads answers beyond one call. */
  ClientSettings settings();

  /**
   * Sends and reads the JSON body as {@code type}; returns null only for {@code Void}. An empty body or JSON
   * {@code null} for any other type is a {@code ResponseParseException}.
   */
  <T> T call(ApiRequest request, Type type);

  /** Sends and returns the raw response (status checked against 2xx plus the request's accepted statuses). */
  ApiResponse exchange(ApiRequest request);

  /** As {@link #call}, with the answer's status, headers and the call's ids. */
  default <T> Response<T> callWithResponse(ApiRequest request, Class<T> type) {
    ApiResponse response = exchange(request);
    T value = JsonBodies.readRequired(response.body(), JsonBodies.type(type),
        "the answer to " + request.method() + " " + request.path());
    return new Response<>(value, response.status(), response.headers(), response.requestId(),
        response.correlationId());
  }

  /**
   * Sends and streams the body (large downloads: price sheets, export blobs). The caller closes the stream,
   * which releases the connection.
   */
  InputStream download(ApiRequest request);

  /**
   * A lazy listing over Partner Center's collection envelope ({@code items}, {@code links.next} with its headers,
   * {@code continuationToken}); works for unpaged collections too.
   */
  <T> PagedIterable<T> list(ApiRequest first, Class<T> itemType);

  /** A lazy listing paged with {@code size} and {@code offset} query parameters. */
  <T> PagedIterable<T> listByOffset(ApiRequest first, Class<T> itemType, int pageSize);

  /**
   * Sends a request that may answer 200/201 with the result, or 202 + Location to poll; the poller follows the
   * Location (honouring Retry-After) until it yields {@code resultType}.
   */
  default <T> Poller<T> longRunning(ApiRequest request, Class<T> resultType) {
    return longRunningWithResponse(request, resultType).value();
  }

  /**
   * As {@link #longRunning}, with the status, headers ({@code Location}, {@code Retry-After}) and ids of the first
   * answer, the one that accepted (200/201) or started (202) the operation.
   */
  <T> Response<Poller<T>> longRunningWithResponse(ApiRequest request, Class<T> resultType);
}
