package io.cspsdk.sync.store;

import io.cspsdk.sync.job.RunId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A job's small, versioned cursor: the run it belongs to and a few named values (for discovery: mode, watermark,
 * totals). Finished partitions are kept as {@link PartitionState} rows, never in here, so it never grows with the
 * data.
 *
 * @param formatVersion the format it was written in; readers refuse versions they do not know
 * @param runId the run that wrote it
 * @param values the job's named values
 */
public record Checkpoint(int formatVersion, RunId runId, Map<String, String> values) {
  /** The format this version of the SDK writes and reads. */
  public static final int CURRENT_FORMAT = 1;

  /** Validates and copies. */
  public Checkpoint {
    Objects.requireNonNull(runId, "runId");
    values = Map.copyOf(new TreeMap<>(values));
  }

  /** A checkpoint in the current format. */
  public static Checkpoint of(RunId runId, Map<String, String> values) {
    return new Checkpoint(CURRENT_FORMAT, runId, values);
  }

  /** One value. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** A copy with one value set. */
  public Checkpoint with(String key, String value) {
    Map<String, String> v = new TreeMap<>(values);
    v.put(key, value);
    return new Checkpoint(formatVersion, runId, v);
  }
}
