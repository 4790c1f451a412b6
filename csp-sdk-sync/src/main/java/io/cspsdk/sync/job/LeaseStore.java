package io.cspsdk.sync.job;

import java.time.Duration;

/** Where leases live; every job store is one, so nodes sharing a store never run the same job twice. */
public interface LeaseStore {
  /**
   * Takes the lease on a job for {@code ttl}, or takes over an expired one.
   *
   * @throws LeaseRefusedException when another owner holds a live lease
   */
  Lease acquireLease(String jobKey, String owner, Duration ttl);

  /**
   * Extends a held lease by {@code ttl} from now.
   *
   * @throws LeaseLostException when the lease expired and was taken over, or was released
   */
  Lease renewLease(Lease lease, Duration ttl);

  /** Gives the lease up (no-op when no longer held by its owner). */
  void releaseLease(Lease lease);
}
