package io.cspsdk.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A result with the metadata of the answer that carried it, for audit trails: HTTP status, headers, the
 * {@code MS-RequestId} and {@code MS-CorrelationId} of the call and the answer's ETag. Returned by the
 * {@code …WithResponse} methods.
 *
 * @param <T> the result type
 */
public final class Response<T> {
  private final T value;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String requestId;
  private final String correlationId;

  /** A response; header names are case-insensitive. */
  public Response(T value, int statusCode, Map<String, List<String>> headers, String requestId,
                  String correlationId) {
    this.value = Objects.requireNonNull(value, "value");
    this.statusCode = statusCode;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.requestId = requestId;
    this.correlationId = correlationId;
  }

  /** The result. */
  public T value() {
    return value;
  }

  /** The HTTP status of the answer (e.g. 201). */
  public int statusCode() {
    return statusCode;
  }

  /** Every response header, by case-insensitive name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The MS-RequestId the call was sent with (the same on every attempt). */
  public String requestId() {
    return requestId;
  }

  /** The MS-CorrelationId the call was sent with. */
  public String correlationId() {
    return correlationId;
  }

  /** The answer's {@code ETag} header, when it had one. */
  public Optional<String> etag() {
    return header("ETag");
  }

  @Override
  public String toString() {
    return "Response{status=" + statusCode + ", requestId=" + requestId + ", correlationId=" + correlationId
        + ", etag=" + etag().orElse(null) + "}";
  }
}
