package io.cspsdk.sync.store;

import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A job store in this process's memory: for tests and for jobs that need not survive a restart. Thread-safe. */
public final class InMemoryJobStore implements JobStore {
  private final Clock clock;
  private final Map<String, Lease> leases = new HashMap<>();
  private final Map<String, Map<String, RunRecord>> runs = new HashMap<>();
  private final Map<String, Checkpoint> checkpoints = new HashMap<>();
  private final Map<String, Map<String, PartitionState>> partitions = new HashMap<>();
  private final Map<String, List<ItemFailure>> failures = new HashMap<>();

  /** On the system clock. */
  public InMemoryJobStore() {
    this(Clock.systemUTC());
  }

  /** On the given clock (lease expiry). */
  public InMemoryJobStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Lease acquireLease(String jobKey, String owner, Duration ttl) {
    Lease current = leases.get(jobKey);
    if (current != null && !current.owner().equals(owner) && current.isLiveAt(clock.instant())) {
      throw new LeaseRefusedException(jobKey, current.owner(), current.expiresAt());
    }
    Lease lease = new Lease(jobKey, owner, clock.instant().plus(ttl));
    leases.put(jobKey, lease);
    return lease;
  }

  @Override
  public synchronized Lease renewLease(Lease lease, Duration ttl) {
    requireHeld(lease);
    Lease renewed = new Lease(lease.jobKey(), lease.owner(), clock.instant().plus(ttl));
    leases.put(lease.jobKey(), renewed);
    return renewed;
  }

  @Override
  public synchronized void releaseLease(Lease lease) {
    Lease current = leases.get(lease.jobKey());
    if (current != null && current.owner().equals(lease.owner())) {
      leases.remove(lease.jobKey());
    }
  }

  @Override
  public synchronized void commit(Lease lease, Commit commit) {
    requireHeld(lease);
    String job = lease.jobKey();
    runs.computeIfAbsent(job, k -> new LinkedHashMap<>()).put(commit.run().runId().value(), commit.run());
    commit.checkpoint().ifPresent(c -> checkpoints.put(job, c));
    Map<String, PartitionState> p = partitions.computeIfAbsent(job, k -> new TreeMap<>());
    commit.partitions().forEach(s -> p.put(s.partitionId(), s));
    commit.removedPartitions().forEach(p::remove);
    if (!commit.failures().isEmpty()) {
      failures.computeIfAbsent(job + "\n" + commit.run().runId().value(), k -> new ArrayList<>())
          .addAll(commit.failures());
    }
  }

  @Override
  public synchronized List<ItemFailure> failures(String jobKey, RunId runId) {
    return List.copyOf(failures.getOrDefault(jobKey + "\n" + runId.value(), List.of()));
  }

  @Override
  public synchronized Optional<RunRecord> latestRun(String jobKey) {
    return history(jobKey).stream().findFirst();
  }

  @Override
  public synchronized List<RunRecord> history(String jobKey) {
    List<RunRecord> all = new ArrayList<>(runs.getOrDefault(jobKey, Map.of()).values());
    all.sort(Comparator.comparing(RunRecord::startedAt).reversed());
    return all;
  }

  @Override
  public synchronized Optional<Checkpoint> checkpoint(String jobKey) {
    return Optional.ofNullable(checkpoints.get(jobKey));
  }

  @Override
  public synchronized Optional<PartitionState> partition(String jobKey, String partitionId) {
    return Optional.ofNullable(partitions.getOrDefault(jobKey, Map.of()).get(partitionId));
  }

  @Override
  public synchronized List<String> partitionIds(String jobKey) {
    return List.copyOf(partitions.getOrDefault(jobKey, Map.of()).keySet());
  }

  private void requireHeld(Lease lease) {
    Lease current = leases.get(lease.jobKey());
    if (current == null || !current.owner().equals(lease.owner())) {
      throw new LeaseLostException(lease.jobKey(), lease.owner());
    }
  }
}
