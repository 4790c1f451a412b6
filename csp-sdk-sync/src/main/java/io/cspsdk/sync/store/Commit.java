package io.cspsdk.sync.store;

import io.cspsdk.sync.job.RunRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a job writes at a safe point, all or nothing: the run record, optionally a new checkpoint, the partitions it
 * finished (or failed) and the partitions that no longer exist.
 *
 * @param run the run record as of this commit
 * @param checkpoint the new checkpoint, absent to keep the current one
 * @param partitions partitions written by this commit
 * @param removedPartitions partitions to forget
 */
public record Commit(RunRecord run, Optional<Checkpoint> checkpoint, List<PartitionState> partitions,
                     List<String> removedPartitions) {
  /** Validates and copies. */
  public Commit {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(checkpoint, "checkpoint");
    partitions = List.copyOf(partitions);
    removedPartitions = List.copyOf(removedPartitions);
  }

  /** Only the run record. */
  public static Commit run(RunRecord run) {
    return new Commit(run, Optional.empty(), List.of(), List.of());
  }

  /** The run record and a checkpoint. */
  public static Commit run(RunRecord run, Checkpoint checkpoint) {
    return new Commit(run, Optional.of(checkpoint), List.of(), List.of());
  }

  /** The run record and one partition. */
  public static Commit partition(RunRecord run, PartitionState partition) {
    return new Commit(run, Optional.empty(), List.of(partition), List.of());
  }
}
