package io.cspsdk.sync.store;

import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.RunRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a job writes at a safe point, all or nothing: the run record, optionally a new checkpoint, the partitions it
 * finished (or failed), the partitions that no longer exist and the item failures recorded since the last commit.
 *
 * @param run the run record as of this commit
 * @param checkpoint the new checkpoint, absent to keep the current one
 * @param partitions partitions written by this commit
 * @param removedPartitions partitions to forget
 * @param failures item failures of the run to add to those already stored, in the order they occurred
 */
public record Commit(RunRecord run, Optional<Checkpoint> checkpoint, List<PartitionState> partitions,
                     List<String> removedPartitions, List<ItemFailure> failures) {
  /** Validates and copies. */
  public Commit {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(checkpoint, "checkpoint");
    partitions = List.copyOf(partitions);
    removedPartitions = List.copyOf(removedPartitions);
    failures = List.copyOf(failures);
  }

  /** A commit without item failures. */
  public Commit(RunRecord run, Optional<Checkpoint> checkpoint, List<PartitionState> partitions,
                List<String> removedPartitions) {
    this(run, checkpoint, partitions, removedPartitions, List.of());
  }

  /** The run record and one item failure of the run. */
  public static Commit failure(RunRecord run, ItemFailure failure) {
    return new Commit(run, Optional.empty(), List.of(), List.of(), List.of(failure));
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
