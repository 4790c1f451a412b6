package io.cspsdk.core.internal.http;

import io.cspsdk.core.Sleeper;
import io.cspsdk.core.error.PartnerCenterClientException;
import java.time.Duration;

/** Sleeps through the injected sleeper, turning an interrupt into an unchecked exception (flag restored). */
final class Waiter {
  private Waiter() {}

  static void sleep(Sleeper sleeper, Duration duration, Exchange ex) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PartnerCenterClientException("Interrupted while waiting to call " + ex.method() + " "
          + ex.logPath(), e, ex.requestId, ex.correlationId, Math.max(1, ex.attempt));
    }
  }
}
