package io.cspsdk.core;

import io.cspsdk.core.error.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How calls are retried: network errors, 408, 429, 500, 502, 503 and 504 are retried up to {@link #maxAttempts()}
 * attempts with exponential backoff and full jitter ({@code random(0, min(maxBackoff, initialBackoff * 2^n))}); a
 * {@code Retry-After} from the service wins over the backoff but is capped at {@link #maxRetryAfter()}.
 *
 * <p>Every attempt of one call carries the same {@code MS-RequestId}, which Partner Center uses as idempotency key;
 * that is why POST, PATCH and the other non-idempotent methods are retried too.
 */
public final class RetryOptions {
  private static final RetryOptions DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Random random;

  private RetryOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.random = b.random;
  }

  /** 4 attempts, backoff from 1 s up to 30 s, Retry-After honoured up to 2 minutes. */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** A single attempt, never retried. */
  public static RetryOptions none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Attempts per call including the first (1 = no retry). */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest Retry-After that is honoured as asked; longer values are cut to this. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The jitter's random source. */
  public Random random() {
    return random;
  }

  @Override
  public String toString() {
    return "RetryOptions{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builder of {@link RetryOptions}; {@link #build()} rejects inconsistent values with an exception naming them. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRetryAfter = Duration.ofMinutes(2);
    private Random random = new Random();

    private Builder() {}

    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
      return this;
    }

    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The jitter's random source; pass a seeded {@link Random} for reproducible delays. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public RetryOptions build() {
      if (maxAttempts < 1) {
        throw new ValidationException("retry.maxAttempts", "must be at least 1, was " + maxAttempts);
      }
      if (initialBackoff.isNegative()) {
        throw new ValidationException("retry.initialBackoff", "must not be negative");
      }
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new ValidationException("retry.maxBackoff", "must not be shorter than initialBackoff");
      }
      if (maxRetryAfter.isNegative()) {
        throw new ValidationException("retry.maxRetryAfter", "must not be negative");
      }
      return new RetryOptions(this);
    }
  }
}
