package io.cspsdk.sync.discovery;

import io.cspsdk.core.error.ValidationException;

/**
 * Which customers an incremental run re-reads although no audit record names them. Audit records cover only what
 * partner users and apps did (and only 90 days): users and licences changed by customer admins, renewals and other
 * Microsoft-side changes appear only when a customer is read again. The sweep splits customers into {@code slices}
 * by a stable hash of their id and re-reads one slice per incremental run, so every customer is verified every
 * {@code slices} runs; {@code slices = 1} verifies all of them each run, {@code 0} none.
 *
 * @param slices how many runs one full verification is spread over
 */
public record VerificationSweep(int slices) {
  /** Validates. */
  public VerificationSweep {
    if (slices < 0) {
      throw new ValidationException("slices", "must be >= 0");
    }
  }

  /** Every customer on every incremental run. */
  public static VerificationSweep everyRun() {
    return new VerificationSweep(1);
  }

  /** Every customer once in {@code runs} incremental runs. */
  public static VerificationSweep spreadOver(int runs) {
    return new VerificationSweep(runs);
  }

  /** No sweep: incremental runs rely on audit records only. */
  public static VerificationSweep none() {
    return new VerificationSweep(0);
  }

  /** Whether a customer is in the slice of the given incremental run number. */
  public boolean covers(String customerId, long incrementalRunNumber) {
    return slices > 0 && Math.floorMod(customerId.hashCode(), slices) == Math.floorMod(incrementalRunNumber, slices);
  }
}
