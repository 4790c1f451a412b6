package io.cspsdk.sync.job;

import java.util.Objects;
import java.util.UUID;

/** The id of one run of a job. */
public record RunId(String value) {
  /** Validates the id. */
  public RunId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException("run id: must be 1 to 64 characters, was '" + value + "'");
    }
  }

  /** A new random id. */
  public static RunId random() {
    return new RunId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
