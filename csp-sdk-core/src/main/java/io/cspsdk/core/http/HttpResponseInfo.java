package io.cspsdk.core.http;

import java.time.Duration;
import java.util.Optional;

/** The answer to one attempt, as an {@link HttpInterceptor} sees it. */
public interface HttpResponseInfo {
  /** The HTTP status code. */
  int status();

  /** A response header's value (first value when repeated), case-insensitive. */
  Optional<String> header(String name);

  /** How long the attempt took, measured on a monotonic clock (never the client's injected clock). */
  Duration duration();
}
