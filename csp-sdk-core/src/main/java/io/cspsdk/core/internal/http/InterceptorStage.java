package io.cspsdk.core.internal.http;

import io.cspsdk.core.http.HttpInterceptor;
import io.cspsdk.core.http.HttpRequestInfo;
import io.cspsdk.core.http.HttpResponseInfo;
import io.cspsdk.core.http.RetryInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls the user's {@link HttpInterceptor}s around each attempt (after auth and rate limiting) and, for the retry
 * stage, before each retry. Durations come from {@link System#nanoTime()}, never the injected clock.
 */
final class InterceptorStage implements Stage {
  private static final Set<String> OWNED_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    OWNED_HEADERS.addAll(List.of("Authorization", "MS-RequestId", "MS-CorrelationId"));
  }

  private final List<HttpInterceptor> interceptors;

  InterceptorStage(List<HttpInterceptor> interceptors) {
    this.interceptors = List.copyOf(interceptors);
  }

  boolean isEmpty() {
    return interceptors.isEmpty();
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    RequestView request = new RequestView(ex);
    for (HttpInterceptor i : interceptors) {
      i.beforeRequest(request);
    }
    long start = System.nanoTime();
    RawResponse response = chain.proceed(ex);
    ResponseView answer = new ResponseView(response, Duration.ofNanos(System.nanoTime() - start));
    for (HttpInterceptor i : interceptors) {
      i.afterResponse(request, answer);
    }
    return response;
  }

  /** Tells the interceptors that the exchange's current attempt failed and will be retried after {@code delay}. */
  void onRetry(Exchange ex, Duration delay, Integer status, IOException failure) {
    if (interceptors.isEmpty()) {
      return;
    }
    RequestView request = new RequestView(ex);
    RetryInfo retry = new RetryView(ex.attempt, delay, status, failure == null ? null
        : failure.getClass().getSimpleName());
    for (HttpInterceptor i : interceptors) {
      i.onRetry(request, retry);
    }
  }

  private static final class RequestView implements HttpRequestInfo {
    private final Exchange ex;
    private final int attempt;

    RequestView(Exchange ex) {
      this.ex = ex;
      this.attempt = ex.attempt;
    }

    @Override
    public String method() {
      return ex.method();
    }

    @Override
    public URI uri() {
      URI u = ex.uri;
      try {
        return new URI(u.getScheme(), u.getRawAuthority(), u.getPath(), null, null);
      } catch (URISyntaxException e) {
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + u.getRawPath());
      }
    }

    @Override
    public String requestId() {
      return ex.requestId;
    }

    @Override
    public String correlationId() {
      return ex.correlationId;
    }

    @Override
    public int attempt() {
      return attempt;
    }

    @Override
    public Optional<String> header(String name) {
      return "Authorization".equalsIgnoreCase(name) ? Optional.empty() : Optional.ofNullable(ex.headers.get(name));
    }

    @Override
    public void setHeader(String name, String value) {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("header name and value are required");
      }
      if (OWNED_HEADERS.contains(name)) {
        throw new IllegalArgumentException(name + " is set by the client and cannot be changed by an interceptor");
      }
      ex.headers.put(name, value);
    }
  }

  private record ResponseView(RawResponse response, Duration duration) implements HttpResponseInfo {
    @Override
    public int status() {
      return response.status();
    }

    @Override
    public Optional<String> header(String name) {
      return response.header(name);
    }
  }

  private record RetryView(int failedAttempt, Duration delay, Integer statusCode, String failureName)
      implements RetryInfo {
    @Override
    public OptionalInt status() {
      return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    @Override
    public Optional<String> failure() {
      return Optional.ofNullable(failureName);
    }
  }
}
