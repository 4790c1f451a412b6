package io.cspsdk.sync.job;

/** The lease expired or was taken over by another owner while this one still ran; its writes are refused. */
public final class LeaseLostException extends SyncException {
  private static final long serialVersionUID = 1L;

  /** For the job and owner that lost it. */
  public LeaseLostException(String jobKey, String owner) {
    super("lease on job '" + jobKey + "' is no longer held by '" + owner + "'", null);
  }
}
