package io.cspsdk.core.internal.http;

import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.RequestTimeoutException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a permit of the tenant's window before every Partner Center request sent, retries and 401 re-sends
 * included (the stage sits after retry and auth): the key is the partner, or
 * partner+customer for calls under {@code /customers/{id}/...} (Partner Center limits requests per tenant identifier).
 */
final class RateLimitStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger("io.cspsdk.core.http");
  private static final String CUSTOMERS = "/customers/";

  private final SlidingWindowRateLimiter limiter;
  private final Clock clock;
  private final Sleeper sleeper;

  RateLimitStage(SlidingWindowRateLimiter limiter, Clock clock, Sleeper sleeper) {
    this.limiter = limiter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  static String tenantKey(String path) {
    int at = path.indexOf(CUSTOMERS);
    if (at < 0) {
      return "partner";
    }
    int start = at + CUSTOMERS.length();
    int end = start;
    while (end < path.length() && "/?#".indexOf(path.charAt(end)) < 0) {
      end++;
    }
    String customer = path.substring(start, end);
    if (customer.isEmpty() || customer.equalsIgnoreCase("relationshiprequests")) {
      return "partner";
    }
    return "partner+customer:" + customer.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public RawResponse handle(Exchange ex, Chain chain) throws IOException {
    if (ex.audience() == Audience.PARTNER_CENTER) {
      String key = tenantKey(ex.uri.getRawPath());
      Duration wait = limiter.reserve(key);
      if (!wait.isZero()) {
        if (ex.deadline != null && clock.instant().plus(wait).isAfter(ex.deadline)) {
          throw new RequestTimeoutException("Rate limit wait of " + wait + " for " + ex.method() + " " + ex.logPath()
              + " exceeds the call's deadline", null, ex.requestId, ex.correlationId, Math.max(1, ex.attempt));
        }
        LOG.debug("rate limit: waiting {} before {} {} (key {}, MS-RequestId {})", wait, ex.method(), ex.logPath(),
            key, ex.requestId);
        Waiter.sleep(sleeper, wait, ex);
      }
    }
    return chain.proceed(ex);
  }
}
