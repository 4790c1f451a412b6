package io.cspsdk.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake received, as sent: method, raw path, normalised path (without {@code /v1}), raw query,
 * headers (names lower-cased), body text, the fake-clock time it arrived and the status the fake answered
 * (0 when the connection was dropped).
 */
public record RecordedRequest(String method, String rawPath, String path, String query,
                              Map<String, List<String>> headers, String body, Instant receivedAt, int status) {

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  @Override
  public String toString() {
    return method + " " + rawPath + (query == null || query.isEmpty() ? "" : "?" + query) + " -> " + status;
  }
}
