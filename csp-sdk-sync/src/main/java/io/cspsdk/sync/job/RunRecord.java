package io.cspsdk.sync.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a job as kept in the history: id, state, times, counters, the cause of an error, and small job-specific
 * attributes (for discovery: the mode, full or incremental).
 *
 * @param jobKey which job (for discovery: one key per partner)
 * @param runId the run
 * @param state its state
 * @param startedAt when it first started
 * @param endedAt when it last reached a terminal state, absent while running
 * @param error the cause of {@link RunState#ERROR}, absent otherwise
 * @param counters the counts so far
 * @param attributes job-specific facts about the run
 */
public record RunRecord(String jobKey, RunId runId, RunState state, Instant startedAt, Optional<Instant> endedAt,
                        Optional<String> error, RunCounters counters, Map<String, String> attributes) {
  /** Validates and copies. */
  public RunRecord {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(counters, "counters");
    attributes = Map.copyOf(attributes);
  }

  /** A new run in {@link RunState#IN_PROGRESS}. */
  public static RunRecord started(String jobKey, RunId runId, Instant at, Map<String, String> attributes) {
    return new RunRecord(jobKey, runId, RunState.IN_PROGRESS, at, Optional.empty(), Optional.empty(),
        RunCounters.EMPTY, attributes);
  }

  /** This run in another state; a terminal state sets the end time, a running one clears it and the error. */
  public RunRecord withState(RunState newState, Instant at, String errorCause) {
    boolean ended = newState.isTerminal();
    return new RunRecord(jobKey, runId, newState, startedAt, ended ? Optional.of(at) : Optional.empty(),
        newState == RunState.ERROR ? Optional.ofNullable(errorCause) : Optional.empty(), counters, attributes);
  }

  /** This run with other counters. */
  public RunRecord withCounters(RunCounters newCounters) {
    return new RunRecord(jobKey, runId, state, startedAt, endedAt, error, newCounters, attributes);
  }

  /** This run with one more attribute. */
  public RunRecord withAttribute(String key, String value) {
    Map<String, String> a = new java.util.TreeMap<>(attributes);
    a.put(key, value);
    return new RunRecord(jobKey, runId, state, startedAt, endedAt, error, counters, a);
  }
}
