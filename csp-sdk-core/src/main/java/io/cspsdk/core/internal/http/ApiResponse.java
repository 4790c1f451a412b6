package io.cspsdk.core.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fully read response: status, headers (case-insensitive names), body bytes. */
public final class ApiResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String requestId;
  private final String correlationId;

  public ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this(status, headers, body, null, null);
  }

  /** With the MS-RequestId and MS-CorrelationId the call was sent with. */
  public ApiResponse(int status, Map<String, List<String>> headers, byte[] body, String requestId,
                     String correlationId) {
    this.requestId = requestId;
    this.correlationId = correlationId;
    this.status = status;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(h);
    this.body = body == null ? new byte[0] : body;
  }

  public int status() {
    return status;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  public byte[] body() {
    return body;
  }

  /** The MS-RequestId of the call, when known. */
  public String requestId() {
    return requestId;
  }

  /** The MS-CorrelationId of the call, when known. */
  public String correlationId() {
    return correlationId;
  }
}
