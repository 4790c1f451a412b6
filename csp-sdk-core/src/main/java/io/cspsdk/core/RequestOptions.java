package io.cspsdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-call options, passed as the last argument of an operation: correlation id, idempotency key (sent as
 * {@code MS-RequestId}, the same on every retry), timeout, {@code If-Match} etag and extra headers.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final String correlationId;
  private final String requestId;
  private final Duration timeout;
  private final String ifMatch;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.correlationId = b.correlationId;
    this.requestId = b.requestId;
    this.timeout = b.timeout;
    this.ifMatch = b.ifMatch;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** No per-call options: the client's defaults apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The {@code MS-CorrelationId} to send; absent means the client's default or a fresh one. */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  /** The idempotency key sent as {@code MS-RequestId}; absent means a fresh GUID per logical call. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Overall deadline of this call including retries; absent means the client's default. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The etag to send as {@code If-Match}. */
  public Optional<String> ifMatch() {
    return Optional.ofNullable(ifMatch);
  }

  /** Extra headers sent as they are. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions{correlationId=" + correlationId + ", requestId=" + requestId + ", timeout=" + timeout
        + ", ifMatch=" + ifMatch + ", headers=" + headers.keySet() + "}";
  }

  /** Builder of {@link RequestOptions}. */
  public static final class Builder {
    private String correlationId;
    private String requestId;
    private Duration timeout;
    private String ifMatch;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout: must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    public Builder ifMatch(String etag) {
      this.ifMatch = etag;
      return this;
    }

    public Builder header(String name, String value) {
      if ("authorization".equalsIgnoreCase(name)) {
        throw new IllegalArgumentException("header: Authorization is set by the client's credential");
      }
      headers.put(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
