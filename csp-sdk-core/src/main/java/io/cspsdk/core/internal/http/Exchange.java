package io.cspsdk.core.internal.http;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable state of one logical call while it travels through the pipeline stages: the resolved URL, the
 * headers so far, the serialised body, ids, the deadline and the current attempt number.
 */
final class Exchange {
  final ApiRequest request;
  final URI uri;
  final byte[] body;
  final boolean streaming;
  final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  String requestId;
  String correlationId;
  Instant deadline;
  int attempt;
  /** Set by the transport when this attempt's response timeout was shortened to fit the deadline. */
  boolean attemptCappedByDeadline;

  Exchange(ApiRequest request, URI uri, byte[] body, boolean streaming) {
    this.request = request;
    this.uri = uri;
    this.body = body;
    this.streaming = streaming;
  }

  String method() {
    return request.method();
  }

  Audience audience() {
    return request.audience();
  }

  /** The path for logs and messages: no query string (it may carry SAS signatures or filters). */
  String logPath() {
    return uri.getRawPath();
  }
}
