package io.cspsdk.sync.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting on a latch in a test: a minute at most, then the test fails instead of hanging. */
public final class Latches {
  private Latches() {
  }

  /** Waits until {@code latch} opens; fails the test after a minute or when interrupted. */
  public static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new AssertionError("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
