package io.cspsdk.sync.job;

import java.time.Instant;

/** A start refused because another owner holds a live lease on the same job. */
public final class LeaseRefusedException extends SyncException {
  private static final long serialVersionUID = 1L;
  private final String jobKey;
  private final String holder;
  private final Instant expiresAt;

  /** The job, the current holder and when its lease expires unless renewed. */
  public LeaseRefusedException(String jobKey, String holder, Instant expiresAt) {
    super("job '" + jobKey + "' is already running: leased by '" + holder + "' until " + expiresAt, null);
    this.jobKey = jobKey;
    this.holder = holder;
    this.expiresAt = expiresAt;
  }

  /** The job. */
  public String jobKey() {
    return jobKey;
  }

  /** The owner holding the lease. */
  public String holder() {
    return holder;
  }

  /** When the holder's lease expires unless it renews it. */
  public Instant expiresAt() {
    return expiresAt;
  }
}
