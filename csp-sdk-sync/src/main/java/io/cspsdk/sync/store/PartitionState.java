package io.cspsdk.sync.store;

import io.cspsdk.sync.job.RunId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One partition of a job (for discovery: a customer, or an invoice) as last committed: which run wrote it, whether it
 * finished or failed, and the digest of what it held (item key to content hash) for change detection next time.
 *
 * @param partitionId the partition
 * @param runId the run that wrote it
 * @param status finished or failed
 * @param at when it was written
 * @param digest item key to content hash
 */
public record PartitionState(String partitionId, RunId runId, Status status, Instant at, Map<String, String> digest) {
  /** How the partition ended in {@link #runId()}. */
  public enum Status {
    /** Imported completely. */
    DONE,
    /** Could not be imported; the digest is the last good one. */
    FAILED
  }

  /** Validates and copies. */
  public PartitionState {
    Objects.requireNonNull(partitionId, "partitionId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    digest = Map.copyOf(digest);
  }

  /** Whether this partition finished in the given run. */
  public boolean doneIn(RunId run) {
    return status == Status.DONE && runId.equals(run);
  }
}
