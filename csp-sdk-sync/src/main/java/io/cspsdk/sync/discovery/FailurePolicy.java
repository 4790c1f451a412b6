package io.cspsdk.sync.discovery;

import io.cspsdk.core.error.ValidationException;

/**
 * What a run does with errors the client's own retries did not absorb. Transient errors re-read the customer up to
 * {@code partitionAttempts} times, then count as that customer's failure; per-customer and per-record failures are
 * recorded and the run goes on ({@code failFast = false}) or ends in ERROR ({@code failFast = true}); more than
 * {@code maxRecordFailures} unparseable records end the run in ERROR. Fatal errors always end it in ERROR.
 *
 * @param failFast end the run at the first recorded failure
 * @param maxRecordFailures unparseable records tolerated per run
 * @param partitionAttempts reads of one customer before its transient errors count as its failure
 */
public record FailurePolicy(boolean failFast, int maxRecordFailures, int partitionAttempts) {
  /** Validates. */
  public FailurePolicy {
    if (maxRecordFailures < 0) {
      throw new ValidationException("maxRecordFailures", "must be >= 0");
    }
    if (partitionAttempts < 1) {
      throw new ValidationException("partitionAttempts", "must be >= 1");
    }
  }

  /** Record failures and go on: up to 100 unparseable records, 3 reads per customer. The default. */
  public static FailurePolicy continueOnFailures() {
    return new FailurePolicy(false, 100, 3);
  }

  /** End the run at the first failure. */
  public static FailurePolicy stopAtFirstFailure() {
    return new FailurePolicy(true, 0, 3);
  }
}
