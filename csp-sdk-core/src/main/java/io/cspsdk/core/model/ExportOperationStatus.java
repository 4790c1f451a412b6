package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The status of a Graph billing export operation (open: unknown values are kept). Graph documents
 * {@code notStarted, running, completed, failed}; the export examples answer {@code succeeded}: both count as done.
 */
public final class ExportOperationStatus extends OpenEnum {
  private static final Registry<ExportOperationStatus> R = new Registry<>(ExportOperationStatus::new);

  public static final ExportOperationStatus NOT_STARTED = R.known("notStarted");
  public static final ExportOperationStatus RUNNING = R.known("running");
  public static final ExportOperationStatus SUCCEEDED = R.known("succeeded");
  public static final ExportOperationStatus COMPLETED = R.known("completed");
  public static final ExportOperationStatus FAILED = R.known("failed");

  private ExportOperationStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static ExportOperationStatus of(String value) {
    return R.of(value);
  }

  /** Whether the export finished successfully ({@code succeeded} or {@code completed}). */
  public boolean isSuccess() {
    return equals(SUCCEEDED) || equals(COMPLETED);
  }

  /** Whether the export failed. */
  public boolean isFailure() {
    return equals(FAILED);
  }

  public boolean isKnown() {
    return R.isKnown(this);
  }
}
