package io.cspsdk.sync.store;

import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseStore;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import java.util.List;
import java.util.Optional;

/**
 * The store SPI of sync jobs: runs and their history, the checkpoint, partition completions and the lease. Every
 * implementation is thread-safe; {@link #commit} is atomic and refused unless its lease is still held, so a node that
 * lost its lease can never overwrite the work of the node that took over.
 */
public interface JobStore extends LeaseStore {
  /**
   * Writes a commit atomically: all of it or none of it.
   *
   * @throws LeaseLostException when {@code lease} is no longer held by its owner
   * @throws StoreException when the store cannot be written
   */
  void commit(Lease lease, Commit commit);

  /** The latest run of a job (by start time), absent when it never ran. */
  Optional<RunRecord> latestRun(String jobKey);

  /** All runs of a job, newest first. */
  List<RunRecord> history(String jobKey);

  /**
   * The job's checkpoint, absent when none was written.
   *
   * @throws CorruptCheckpointException when it cannot be read or has an unknown format version
   */
  Optional<Checkpoint> checkpoint(String jobKey);

  /**
   * One partition, absent when never written.
   *
   * @throws CorruptCheckpointException when it cannot be read
   */
  Optional<PartitionState> partition(String jobKey, String partitionId);

  /** The ids of all partitions of a job. */
  List<String> partitionIds(String jobKey);

  /**
   * The item failures committed for one run of a job (all its attempts, a resumed run included), in the order they
   * were committed; empty for an unknown run.
   *
   * @throws CorruptCheckpointException when a stored failure cannot be read
   */
  List<ItemFailure> failures(String jobKey, RunId runId);
}
