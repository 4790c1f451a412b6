package io.cspsdk.core.http;

import java.net.URI;
import java.util.Optional;

/** One attempt of a request, as an {@link HttpInterceptor} sees it. */
public interface HttpRequestInfo {
  /** The HTTP method, e.g. {@code PATCH}. */
  String method();

  /** The request URI without its query string (it may carry filters or signatures). */
  URI uri();

  /** The MS-RequestId of the call (the same on every attempt). */
  String requestId();

  /** The MS-CorrelationId of the call. */
  String correlationId();

  /** The attempt number, 1 for the first. */
  int attempt();

  /** A request header's value; never the {@code Authorization} header. */
  Optional<String> header(String name);

  /**
   * Sets a request header on this and later attempts.
   *
   * @throws IllegalArgumentException for {@code Authorization}, {@code MS-RequestId} and {@code MS-CorrelationId},
   *     which the client owns
   */
  void setHeader(String name, String value);
}
