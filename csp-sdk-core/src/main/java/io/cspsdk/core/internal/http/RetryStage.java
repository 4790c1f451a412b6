package io.cspsdk.core.internal.http;

import io.cspsdk.core.RetryOptions;
import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.RequestTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries network errors and 408/429/500/502/503/504 with exponential backoff and full jitter; a Retry-After wins
 * (capped). The exchange keeps its {@code MS-RequestId}, so every attempt is the same logical call. Stops at the
 * maximum attempts (the last response is returned, or the last network error thrown as
 * {@link ConnectionException} / {@link RequestTimeoutException} with the attempt count) or when the next attempt would
 * start after the call's deadline ({@link RequestTimeoutException}).
 */
final class RetryStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger("io.cspsdk.core.http");
  static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final RetryOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ErrorMapper errors;
  private final InterceptorStage interceptors;

  RetryStage(RetryOptions options, Clock clock, Sleeper sleeper, ErrorMapper errors) {
    this(options, clock, sleeper, errors, new InterceptorStage(java.util.List.of()));
  }

  RetryStage(RetryOptions options, Clock clock, Sleeper sleeper, ErrorMapper errors, InterceptorStage interceptors) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.errors = errors;
    this.interceptors = interceptors;
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    for (int attempt = 1; ; attempt++) {
      ex.attempt = attempt;
      checkDeadline(ex, null);
      RawResponse response;
      try {
        response = chain.proceed(ex);
      } catch (IOException e) {
        if (e instanceof SocketTimeoutException && (ex.attemptCappedByDeadline || isPastDeadline(ex))) {
          throw timeout(ex, "timed out", e);
        }
        if (!isRetryable(e) || attempt >= options.maxAttempts()) {
          throw networkFailure(ex, e);
        }
        Duration delay = backoff(attempt);
        LOG.debug("retrying {} {} after {} in {} (attempt {}/{}, MS-RequestId {})", ex.method(), ex.logPath(),
            e.getClass().getSimpleName(), delay, attempt, options.maxAttempts(), ex.requestId);
        interceptors.onRetry(ex, delay, null, e);
        waitBeforeRetry(ex, delay, () -> networkFailure(ex, e));
        continue;
      }
      if (!RETRYABLE_STATUSES.contains(response.status()) || attempt >= options.maxAttempts()) {
        return response;
      }
      Duration delay = delayFor(response, attempt);
      LOG.debug("retrying {} {} after HTTP {} in {} (attempt {}/{}, MS-RequestId {})", ex.method(), ex.logPath(),
          response.status(), delay, attempt, options.maxAttempts(), ex.requestId);
      interceptors.onRetry(ex, delay, response.status(), null);
      response.close();
      waitBeforeRetry(ex, delay, () -> errors.toException(response, ex));
    }
  }

  private Duration delayFor(RawResponse response, int attempt) {
    return response.header("Retry-After")
        .flatMap(v -> RetryAfter.parse(v, clock.instant(), options.maxRetryAfter()))
        .orElseGet(() -> backoff(attempt));
  }

  /** Full jitter: uniformly random in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))]. */
  Duration backoff(int attempt) {
    long base = options.initialBackoff().toNanos();
    long cap = options.maxBackoff().toNanos();
    long ceiling = cap;
    try {
      ceiling = Math.min(cap, Math.multiplyExact(base, 1L << Math.min(attempt - 1, 62)));
    } catch (ArithmeticException overflow) {
      ceiling = cap;
    }
    double r;
    synchronized (options.random()) {
      r = options.random().nextDouble();
    }
    return Duration.ofNanos((long) (r * ceiling));
  }

  private void waitBeforeRetry(Exchange ex, Duration delay, java.util.function.Supplier<PartnerCenterException> last) {
    if (ex.deadline != null && clock.instant().plus(delay).isAfter(ex.deadline)) {
      throw timeout(ex, "would exceed its deadline waiting " + delay + " to retry", last.get());
    }
    Waiter.sleep(sleeper, delay, ex);
  }

  private void checkDeadline(Exchange ex, Throwable cause) {
    if (isPastDeadline(ex)) {
      throw timeout(ex, "exceeded its deadline", cause);
    }
  }

  private boolean isPastDeadline(Exchange ex) {
    Instant now = clock.instant();
    return ex.deadline != null && !now.isBefore(ex.deadline);
  }

  private static boolean isRetryable(IOException e) {
    return !(e instanceof UnknownHostException || e instanceof SSLHandshakeException
        || e instanceof SSLPeerUnverifiedException)
        && !(e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException));
  }

  private static PartnerCenterException networkFailure(Exchange ex, IOException e) {
    String msg = ex.method() + " " + ex.logPath() + " failed after " + ex.attempt + " attempt(s): "
        + e.getClass().getSimpleName();
    if (e instanceof SocketTimeoutException) {
      return new RequestTimeoutException(msg, e, ex.requestId, ex.correlationId, ex.attempt);
    }
    return new ConnectionException(msg, e, ex.requestId, ex.correlationId, ex.attempt);
  }

  private static RequestTimeoutException timeout(Exchange ex, String what, Throwable cause) {
    return new RequestTimeoutException(ex.method() + " " + ex.logPath() + " " + what + " after " + ex.attempt
        + " attempt(s)", cause, ex.requestId, ex.correlationId, ex.attempt);
  }
}
