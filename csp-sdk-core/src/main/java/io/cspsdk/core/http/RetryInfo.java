package io.cspsdk.core.http;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Why and when the client retries a request (see {@link HttpInterceptor#onRetry}). */
public interface RetryInfo {
  /** The attempt that failed, 1 for the first. */
  int failedAttempt();

  /** How long the client waits before the next attempt. */
  Duration delay();

  /** The retryable status that failed the attempt (408, 429, 5xx), or empty after a network failure. */
  OptionalInt status();

  /** The simple class name of the network failure (e.g. {@code SocketTimeoutException}), or empty. */
  Optional<String> failure();
}
