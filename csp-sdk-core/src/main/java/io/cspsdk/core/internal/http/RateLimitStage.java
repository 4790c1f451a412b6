package io.cspsdk.core.internal.http;

import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.RequestTimeoutException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a permit of the tenant's window before every Partner Center request sent, retries and 401 re-sends
 * included (the stage sits after retry and auth): the key is the partner, or
 * partner+customer for calls under {@code /customers/{id}/...} (Partner Center limits requests per tenant identifier).
 */
final class RateLimitStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger("io.cspsdk.core.http");
  private static final Pattern CUSTOMER = Pattern.compile("/customers/([^/?#]+)");

  private final SlidingWindowRateLimiter limiter;
  private final Clock clock;
  private final Sleeper sleeper;

  RateLimitStage(SlidingWindowRateLimiter limiter, Clock clock, Sleeper sleeper) {
    this.limiter = limiter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  static String tenantKey(String path) {
    Matcher m = CUSTOMER.matcher(path);
    if (m.find() && !m.group(1).equalsIgnoreCase("relationshiprequests")) {
      return "partner+customer:" + m.group(1).toLowerCase(java.util.Locale.ROOT);
    }
    return "partner";
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
