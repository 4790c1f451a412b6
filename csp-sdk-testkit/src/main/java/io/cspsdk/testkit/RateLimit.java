package io.cspsdk.testkit;

/**
 * A per-tenant request limit like Partner Center's (documented: 500 requests per minute per tenant identifier, the
 * partner or the partner+customer pair). Requests under {@code /customers/{id}} count against that customer's key,
 * all others against the partner's key; a request over the limit is answered 429 with {@code Retry-After} (the
 * seconds until the oldest request of the last minute leaves the window) and is not counted. The minute passes on
 * the fake clock (the default: a client whose waits advance the fake clock is throttled without really waiting) or
 * on the wall clock ({@link #onWallClock()}).
 *
 * <pre>{@code
 * FakePartnerCenter.builder().rateLimit(RateLimit.perMinute(500)).build();
 * }</pre>
 */
public final class RateLimit {
  private final int partnerPerMinute;
  private final int customerPerMinute;
  private final boolean wallClock;

  private RateLimit(int partnerPerMinute, int customerPerMinute, boolean wallClock) {
    this.partnerPerMinute = requirePositive("partnerPerMinute", partnerPerMinute);
    this.customerPerMinute = requirePositive("customerPerMinute", customerPerMinute);
    this.wallClock = wallClock;
  }

  /** The same limit for the partner key and for every partner+customer key, on the fake clock. */
  public static RateLimit perMinute(int requests) {
    return new RateLimit(requests, requests, false);
  }

  /** Partner Center's documented limit: 500 requests per minute per tenant identifier. */
  public static RateLimit partnerCenterDefault() {
    return perMinute(500);
  }

  /** A copy with another limit for requests outside {@code /customers/{id}}. */
  public RateLimit partnerPerMinute(int requests) {
    return new RateLimit(requests, customerPerMinute, wallClock);
  }

  /** A copy with another limit for each customer's requests ({@code /customers/{id}...}). */
  public RateLimit customerPerMinute(int requests) {
    return new RateLimit(partnerPerMinute, requests, wallClock);
  }

  /** A copy whose minute passes on the wall clock instead of the fake clock. */
  public RateLimit onWallClock() {
    return new RateLimit(partnerPerMinute, customerPerMinute, true);
  }

  public int partnerLimit() {
    return partnerPerMinute;
  }

  public int customerLimit() {
    return customerPerMinute;
  }

  public boolean wallClock() {
    return wallClock;
  }

  private static int requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "RateLimit[partner=" + partnerPerMinute + "/min, customer=" + customerPerMinute + "/min, "
        + (wallClock ? "wall clock" : "fake clock") + "]";
  }
}
