package io.cspsdk.testkit;

import io.cspsdk.testkit.internal.faults.PathPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Wall-clock latency per route, so that a client can be measured against a fake that answers like a remote service
 * rather than loopback. Each request waits (outside the fake's state lock, so concurrent requests overlap) for a
 * duration drawn from the first matching route's distribution, before it is processed. Waits really pass (the
 * fake clock does not move); pair it with enough {@link FakePartnerCenter.Builder#threads(int) server threads}.
 *
 * <pre>{@code
 * LatencyProfile.builder()
 *     .route("GET", "/customers/**", LatencyProfile.uniform(Duration.ofMillis(40), Duration.ofMillis(120)))
 *     .route("POST", "**", LatencyProfile.fixed(Duration.ofMillis(400)))
 *     .otherwise(LatencyProfile.logNormal(Duration.ofMillis(80), Duration.ofMillis(300)))
 *     .build();
 * }</pre>
 */
public final class LatencyProfile {
  private final List<Rule> rules;
  private final Distribution otherwise;
  private final long seed;
  private final Consumer<Duration> sleeper;
  private final Random random;

  private LatencyProfile(Builder b) {
    this.rules = List.copyOf(b.rules);
    this.otherwise = b.otherwise;
    this.seed = b.seed;
    this.sleeper = b.sleeper;
    this.random = new Random(b.seed);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every request of every route waits for {@code latency}. */
  public static LatencyProfile everyRequest(Distribution latency) {
    return builder().otherwise(latency).build();
  }

  /** Always the same latency. */
  public static Distribution fixed(Duration latency) {
    requireNotNegative("latency", latency);
    return r -> latency;
  }

  /** Uniformly between {@code min} and {@code max} (inclusive, millisecond steps). */
  public static Distribution uniform(Duration min, Duration max) {
    requireNotNegative("min", min);
    requireNotNegative("max", max);
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max: must not be below min " + min + ", was " + max);
    }
    long lo = min.toMillis();
    long span = max.toMillis() - lo + 1;
    return r -> Duration.ofMillis(lo + (long) (r.nextDouble() * span));
  }

  /**
   * Log-normal with the given median and 95th percentile (the long-tailed shape of remote service latency),
   * capped at ten times the 95th percentile.
   */
  public static Distribution logNormal(Duration median, Duration p95) {
    requireNotNegative("median", median);
    if (median.isZero() || p95.compareTo(median) < 0) {
      throw new IllegalArgumentException("p95: must be at least the median " + median + " (> 0), was " + p95);
    }
    double mu = Math.log(median.toNanos());
    double sigma = (Math.log(p95.toNanos()) - mu) / 1.6448536269514722;
    long cap = p95.toNanos() * 10;
    return r -> Duration.ofNanos(Math.min(cap, (long) Math.exp(mu + sigma * r.nextGaussian())));
  }

  /** The wait for one request (zero when no route matches and there is no {@code otherwise}). */
  Duration draw(String method, String normalisedPath) {
    Distribution d = otherwise;
    for (Rule rule : rules) {
      if ((rule.method.equals("*") || rule.method.equals(method)) && rule.pattern.matches(normalisedPath)) {
        d = rule.latency;
        break;
      }
    }
    if (d == null) {
      return Duration.ZERO;
    }
    synchronized (random) {
      return d.draw(random);
    }
  }

  /** Waits for the request's latency on the wall clock (or the configured sleeper). */
  void await(String method, String normalisedPath) {
    Duration d = draw(method, normalisedPath);
    if (!d.isZero()) {
      sleeper.accept(d);
    }
  }

  /** A fresh copy (same rules and seed), so that a reset fake draws the same sequence again. */
  LatencyProfile restart() {
    Builder b = builder().seed(seed).sleeper(sleeper);
    b.rules.addAll(rules);
    b.otherwise = otherwise;
    return b.build();
  }

  private static void requireNotNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + ": must not be negative, was " + d);
    }
  }

  private static void wallClockSleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A latency distribution: draws one wait from the profile's seeded random source. */
  @FunctionalInterface
  public interface Distribution {
    Duration draw(Random random);
  }

  private record Rule(String method, PathPattern pattern, Distribution latency) {}

  /** Builder of {@link LatencyProfile}; the first matching route wins. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private Distribution otherwise;
    private long seed = 42;
    private Consumer<Duration> sleeper = LatencyProfile::wallClockSleep;

    private Builder() {}

    /** Latency for {@code method} ({@code "*"} for all) on paths matching {@code pathPattern} (as for faults). */
    public Builder route(String method, String pathPattern, Distribution latency) {
      rules.add(new Rule(Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT),
          new PathPattern(Objects.requireNonNull(pathPattern, "pathPattern")),
          Objects.requireNonNull(latency, "latency")));
      return this;
    }

    /** Latency of requests no route matches (default none). */
    public Builder otherwise(Distribution latency) {
      this.otherwise = Objects.requireNonNull(latency, "latency");
      return this;
    }

    /** Seed of the draws (default 42): the same seed gives the same sequence of waits. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How a wait passes (default {@link Thread#sleep}); tests of the profile itself record the waits instead. */
    public Builder sleeper(Consumer<Duration> sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public LatencyProfile build() {
      return new LatencyProfile(this);
    }
  }
}
