package io.cspsdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * A long-running operation (202 + Location, Graph exports): poll it, or wait for its result.
 * Waiting honours the service's Retry-After and uses the client's injected clock and sleeper.
 */
public interface Poller<T> {
  /** Polls once; the result when done. Throws the operation's typed error when it failed. */
  Optional<T> poll();

  /** Whether the last poll found the operation finished. */
  boolean isDone();

  /** Polls until done or {@code timeout} elapses ({@link io.cspsdk.core.error.RequestTimeoutException}). */
  T waitForCompletion(Duration timeout);
}
