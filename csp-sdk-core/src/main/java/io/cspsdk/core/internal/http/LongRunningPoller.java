package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.databind.JavaType;
import io.cspsdk.core.Poller;
import io.cspsdk.core.error.RequestTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Polls a 202 + Location operation: each poll GETs the Location (relative, or absolute within the request's
 * origin); 202 means still running (its Retry-After, capped like the retry path's, sets the next wait; a new
 * Location replaces the old), 200/201 carries the result. A 202 without any Location, or a 204, is taken as
 * finished without a result ({@code null}). Waiting uses the client's clock and sleeper, and never sleeps past the
 * deadline: the last poll happens at the deadline. Not thread-safe: one poller per waiting thread.
 */
final class LongRunningPoller<T> implements Poller<T> {
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final DefaultApiCaller caller;
  private final ApiRequest original;
  private final JavaType resultType;
  private String location;
  private Duration nextWait;
  private boolean done;
  private T result;

  LongRunningPoller(DefaultApiCaller caller, ApiRequest original, Class<T> resultType, RawResponse first,
      String what) {
    this.caller = caller;
    this.original = original;
    this.resultType = JsonBodies.type(resultType);
    absorb(first, what);
  }

  private void absorb(RawResponse response, String what) {
    Optional<String> loc = response.header("Location").map(String::trim).filter(l -> !l.isEmpty());
    if (response.status() == 202 && (loc.isPresent() || location != null)) {
      location = loc.orElse(location);
      nextWait = response.header("Retry-After")
          .flatMap(v -> RetryAfter.parse(v, caller.settings().clock().instant(),
              caller.settings().retry().maxRetryAfter()))
          .orElse(DEFAULT_INTERVAL);
      return;
    }
    done = true;
    result = response.status() == 202 || response.status() == 204 ? null
        : JsonBodies.readRequired(response.body(), resultType, what);
  }

  @Override
  public Optional<T> poll() {
    if (!done) {
      URI base = original.audience() == Audience.EXTERNAL ? URI.create(original.path())
          : caller.settings().baseUrl(original.audience());
      ApiRequest get = ApiRequest.get(Urls.normaliseLink(base, location))
          .audience(original.audience())
          .options(original.options())
          .linkField("Location")
          .accept(202)
          .build();
      Exchange ex = caller.newExchange(get, false);
      RawResponse response = caller.send(ex);
      caller.checkStatus(response, ex);
      absorb(response, DefaultApiCaller.describe(ex));
    }
    return done ? Optional.ofNullable(result) : Optional.empty();
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public T waitForCompletion(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    Instant deadline = caller.settings().clock().instant().plus(timeout);
    int polls = 0;
    while (!done) {
      Duration remaining = Duration.between(caller.settings().clock().instant(), deadline);
      if (remaining.isNegative() || (remaining.isZero() && polls > 0)) {
        throw new RequestTimeoutException("The operation at " + Urls.safePath(location) + " did not finish within "
            + timeout + " (" + polls + " polls)", null, null, original.options().correlationId().orElse(null),
            Math.max(1, polls));
      }
      Duration wait = nextWait.compareTo(remaining) > 0 ? remaining : nextWait;
      try {
        caller.settings().sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new io.cspsdk.core.error.PartnerCenterClientException("Interrupted while waiting for an operation", e);
      }
      poll();
      polls++;
    }
    return result;
  }
}
