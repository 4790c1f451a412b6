package io.cspsdk.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Partner Center said about a failed call: HTTP status, its error code (documented as a string, sent as a
 * number; kept as text), description, the request's ids and the Retry-After it asked for.
 */
public final class ServiceError {
  private final int status;
  private final String code;
  private final String description;
  private final List<String> data;
  private final String requestId;
  private final String correlationId;
  private final Duration retryAfter;

  public ServiceError(int status, String code, String description, List<String> data,
                      String requestId, String correlationId, Duration retryAfter) {
    this.status = status;
    this.code = code;
    this.description = description;
    this.data = data == null ? List.of() : List.copyOf(data);
    this.requestId = requestId;
    this.correlationId = correlationId;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  /** Partner Center's error code as text (e.g. {@code "800091"}), when the body had one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public List<String> data() {
    return data;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public String toString() {
    return "ServiceError{status=" + status + ", code=" + code + ", description=" + description
        + ", requestId=" + requestId + ", correlationId=" + correlationId + ", retryAfter=" + retryAfter + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceError && toString().equals(o.toString()) && data.equals(((ServiceError) o).data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, code, description, data, requestId, correlationId, retryAfter);
  }
}
