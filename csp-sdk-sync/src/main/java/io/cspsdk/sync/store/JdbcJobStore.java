package io.cspsdk.sync.store;

import static io.cspsdk.sync.store.internal.JdbcTransactions.update;
import static io.cspsdk.sync.store.internal.JdbcTransactions.utc;

import io.cspsdk.sync.job.FailureCategory;
import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseStore;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.store.internal.JdbcLeases;
import io.cspsdk.sync.store.internal.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A job store in any relational database reached through a {@link DataSource}, in standard SQL (tested on H2 and
 * PostgreSQL 15). Each {@link #commit} is one transaction that first locks the job's lease row and checks it is still
 * held, then writes the run, the partitions with their item digests and the checkpoint: a node that lost its lease
 * cannot write, and a crash leaves the previous commit intact. The tables are created by {@link #SCHEMA}.
 */
public final class JdbcJobStore implements JobStore {
  /**
   * The store's schema: {@code io/cspsdk/sync/schema/V1__job_store.sql} and {@code V2__job_store_failures.sql}
   * (the runs' item failures).
   */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("job-store", "/io/cspsdk/sync/schema/V1__job_store.sql",
      "/io/cspsdk/sync/schema/V2__job_store_failures.sql");
  private static final int MAX_TEXT = 4000;
  private static final int MAX_KEY = 1000;

  private static final JdbcLeases LEASES = new JdbcLeases("sync_lease", "job_key");
  private static final String STORE = "JDBC store";

  private final DataSource dataSource;
  private final Clock clock;
  private final LeaseStore leases;

  /** Over {@code dataSource} on the system clock; apply {@link #SCHEMA} first. */
  public JdbcJobStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /** Over {@code dataSource} on the given clock (lease expiry). */
  public JdbcJobStore(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.leases = LEASES.store(dataSource, clock, STORE);
  }

  @Override
  public Lease acquireLease(String jobKey, String owner, Duration ttl) {
    return leases.acquireLease(jobKey, owner, ttl);
  }

  @Override
  public Lease renewLease(Lease lease, Duration ttl) {
    return leases.renewLease(lease, ttl);
  }

  @Override
  public void releaseLease(Lease lease) {
    leases.releaseLease(lease);
  }

  @Override
  public void commit(Lease lease, Commit commit) {
    inTransaction(c -> {
      String job = lease.jobKey();
      // locks the lease row until commit: a takeover waits for this transaction, and a lost lease refuses it
      LEASES.check(c, lease);
      writeRun(c, commit.run());
      for (PartitionState p : commit.partitions()) {
        writePartition(c, job, p);
      }
      for (String removed : commit.removedPartitions()) {
        update(c, "DELETE FROM sync_partition_item WHERE job_key = ? AND partition_id = ?", job, removed);
        update(c, "DELETE FROM sync_partition WHERE job_key = ? AND partition_id = ?", job, removed);
      }
      if (commit.checkpoint().isPresent()) {
        Checkpoint cp = commit.checkpoint().get();
        String body = Records.encode("checkpoint", cp.formatVersion(), Records.checkpoint(cp));
        Object[] values = {cp.formatVersion(), cp.runId().value(), body, utc(clock.instant()), job};
        if (update(c, "UPDATE sync_checkpoint SET format_version = ?, run_id = ?, body = ?, updated_at = ? "
            + "WHERE job_key = ?", values) == 0) {
          update(c, "INSERT INTO sync_checkpoint (format_version, run_id, body, updated_at, job_key) "
              + "VALUES (?, ?, ?, ?, ?)", values);
        }
      }
      writeFailures(c, job, commit);
      return null;
    });
  }

  @Override
  public List<ItemFailure> failures(String jobKey, RunId runId) {
    return inTransaction(c -> {
      List<ItemFailure> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT kind, item_key, category, reason, raw_payload "
          + "FROM sync_failure WHERE job_key = ? AND run_id = ? ORDER BY seq")) {
        p.setString(1, jobKey);
        p.setString(2, runId.value());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            FailureCategory category;
            try {
              category = FailureCategory.valueOf(r.getString(3));
            } catch (IllegalArgumentException e) {
              throw new CorruptCheckpointException("sync_failure of " + jobKey + " run " + runId.value(),
                  "unknown category " + r.getString(3));
            }
            out.add(new ItemFailure(r.getString(1), r.getString(2), category, r.getString(4),
                Optional.ofNullable(r.getString(5))));
          }
        }
      }
      return out;
    });
  }

  /** Appends the commit's failures after the run's last one (the lease row lock makes this the only writer). */
  private static void writeFailures(Connection c, String job, Commit commit) throws SQLException {
    if (commit.failures().isEmpty()) {
      return;
    }
    String run = commit.run().runId().value();
    int seq;
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COALESCE(MAX(seq), 0) FROM sync_failure WHERE job_key = ? AND run_id = ?")) {
      p.setString(1, job);
      p.setString(2, run);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        seq = r.getInt(1);
      }
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_failure (job_key, run_id, seq, kind, "
        + "item_key, category, reason, raw_payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ItemFailure f : commit.failures()) {
        ins.setString(1, job);
        ins.setString(2, run);
        ins.setInt(3, ++seq);
        ins.setString(4, f.kind());
        ins.setString(5, cut(f.key(), MAX_KEY));
        ins.setString(6, f.category().name());
        ins.setString(7, cut(f.reason(), MAX_TEXT));
        ins.setString(8, f.rawPayload().map(raw -> cut(raw, MAX_TEXT)).orElse(null));
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  @Override
  public Optional<RunRecord> latestRun(String jobKey) {
    return history(jobKey).stream().findFirst();
  }

  @Override
  public List<RunRecord> history(String jobKey) {
    return inTransaction(c -> {
      List<RunRecord> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT run_id, state, started_at, ended_at, error, counters, "
          + "attributes FROM sync_run WHERE job_key = ? ORDER BY started_at DESC, run_id")) {
        p.setString(1, jobKey);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String location = "sync_run(" + jobKey + ", " + r.getString(1) + ")";
            Map<String, String> m = new LinkedHashMap<>();
            m.put("jobKey", jobKey);
            m.put("runId", r.getString(1));
            m.put("state", r.getString(2));
            m.put("startedAt", r.getObject(3, OffsetDateTime.class).toInstant().toString());
            OffsetDateTime ended = r.getObject(4, OffsetDateTime.class);
            if (ended != null) {
              m.put("endedAt", ended.toInstant().toString());
            }
            if (r.getString(5) != null) {
              m.put("error", r.getString(5));
            }
            m.put("counters", r.getString(6));
            Records.decode("attributes", 1, r.getString(7), location).forEach((k, v) -> m.put("attr." + k, v));
            out.add(Records.run(m, location));
          }
        }
      }
      return out;
    });
  }

  @Override
  public Optional<Checkpoint> checkpoint(String jobKey) {
    return inTransaction(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT format_version, body FROM sync_checkpoint WHERE job_key = ?")) {
        p.setString(1, jobKey);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          String location = "sync_checkpoint(" + jobKey + ")";
          if (r.getInt(1) != Checkpoint.CURRENT_FORMAT) {
            throw new CorruptCheckpointException(location, "format version " + r.getInt(1)
                + " is not supported (this version reads " + Checkpoint.CURRENT_FORMAT + ")");
          }
          return Optional.of(Records.checkpoint(Checkpoint.CURRENT_FORMAT,
              Records.decode("checkpoint", Checkpoint.CURRENT_FORMAT, r.getString(2), location), location));
        }
      }
    });
  }

  @Override
  public Optional<PartitionState> partition(String jobKey, String partitionId) {
    return inTransaction(c -> {
      RunId run;
      PartitionState.Status status;
      Instant at;
      try (PreparedStatement p = c.prepareStatement(
          "SELECT run_id, status, written_at FROM sync_partition WHERE job_key = ? AND partition_id = ?")) {
        p.setString(1, jobKey);
        p.setString(2, partitionId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          run = new RunId(r.getString(1));
          try {
            status = PartitionState.Status.valueOf(r.getString(2));
          } catch (IllegalArgumentException e) {
            throw new CorruptCheckpointException("sync_partition(" + jobKey + ", " + partitionId + ")",
                "status must be DONE or FAILED, was '" + r.getString(2) + "'");
          }
          at = r.getObject(3, OffsetDateTime.class).toInstant();
        }
      }
      Map<String, String> digest = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT item_key, item_hash FROM sync_partition_item "
          + "WHERE job_key = ? AND partition_id = ?")) {
        p.setString(1, jobKey);
        p.setString(2, partitionId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            digest.put(r.getString(1), r.getString(2));
          }
        }
      }
      return Optional.of(new PartitionState(partitionId, run, status, at, digest));
    });
  }

  @Override
  public List<String> partitionIds(String jobKey) {
    return inTransaction(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT partition_id FROM sync_partition WHERE job_key = ? ORDER BY partition_id")) {
        p.setString(1, jobKey);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
      }
      return out;
    });
  }

  private void writeRun(Connection c, RunRecord run) throws SQLException {
    Object[] values = {run.state().name(), utc(run.startedAt()), run.endedAt().map(JdbcTransactions::utc)
        .orElse(null),
        run.error().map(e -> e.length() > 4000 ? e.substring(0, 4000) : e).orElse(null),
        Records.counters(run.counters()), Records.encode("attributes", 1, run.attributes()), run.jobKey(),
        run.runId().value()};
    if (update(c, "UPDATE sync_run SET state = ?, started_at = ?, ended_at = ?, error = ?, counters = ?, "
        + "attributes = ? WHERE job_key = ? AND run_id = ?", values) == 0) {
      update(c, "INSERT INTO sync_run (state, started_at, ended_at, error, counters, attributes, job_key, run_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
    }
  }

  private void writePartition(Connection c, String job, PartitionState p) throws SQLException {
    Object[] values = {p.runId().value(), p.status().name(), utc(p.at()), job, p.partitionId()};
    if (update(c, "UPDATE sync_partition SET run_id = ?, status = ?, written_at = ? "
        + "WHERE job_key = ? AND partition_id = ?", values) == 0) {
      update(c, "INSERT INTO sync_partition (run_id, status, written_at, job_key, partition_id) "
          + "VALUES (?, ?, ?, ?, ?)", values);
    }
    update(c, "DELETE FROM sync_partition_item WHERE job_key = ? AND partition_id = ?", job, p.partitionId());
    if (p.digest().isEmpty()) {
      return;
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_partition_item "
        + "(job_key, partition_id, item_key, item_hash) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, String> e : p.digest().entrySet()) {
        ins.setString(1, job);
        ins.setString(2, p.partitionId());
        ins.setString(3, e.getKey());
        ins.setString(4, e.getValue());
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  private <T> T inTransaction(JdbcTransactions.Query<T> work) {
    return JdbcTransactions.query(dataSource, STORE, work);
  }
}
