package io.cspsdk.sync.job;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to run a job until {@code expiresAt}, held by one owner (a node of the embedding product). The holder
 * renews it by heartbeat; when it stops renewing (crash), the lease expires and the next start takes it over.
 */
public record Lease(String jobKey, String owner, Instant expiresAt) {
  /** Validates. */
  public Lease {
    Objects.requireNonNull(jobKey, "jobKey");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the lease is still live at {@code now}. */
  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
