package io.cspsdk.sync.store.internal;

import static io.cspsdk.sync.store.internal.JdbcTransactions.update;
import static io.cspsdk.sync.store.internal.JdbcTransactions.utc;

import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.LeaseStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Leases in a table {@code (<key column> PRIMARY KEY, owner, expires_at)}, each operation on the caller's connection
 * inside the caller's transaction: acquiring locks the row (a live lease of another owner is refused, an expired one
 * taken over), and {@link #check} locks the holder's row until the transaction ends, so that a takeover waits for
 * a write in progress and a lost lease refuses the write.
 */
public final class JdbcLeases {
  private static final String UNIQUE_VIOLATION = "23505";
  private final String table;
  private final String keyColumn;

  /** Leases in {@code table} keyed by {@code lease_key} (a constant of the store, never user input). */
  public JdbcLeases(String table) {
    this(table, "lease_key");
  }

  /** Leases in {@code table} keyed by {@code keyColumn} (constants of the store, never user input). */
  public JdbcLeases(String table, String keyColumn) {
    this.table = table;
    this.keyColumn = keyColumn;
  }

  /**
   * These leases as a {@link LeaseStore} over {@code dataSource}, each operation its own transaction.
   *
   * @param store names the store in error messages
   */
  public LeaseStore store(DataSource dataSource, Clock clock, String store) {
    return new LeaseStore() {
      @Override
      public Lease acquireLease(String jobKey, String owner, Duration ttl) {
        return JdbcTransactions.query(dataSource, store, c -> acquire(c, jobKey, owner, ttl, clock.instant()));
      }

      @Override
      public Lease renewLease(Lease lease, Duration ttl) {
        return JdbcTransactions.query(dataSource, store, c -> renew(c, lease, ttl, clock.instant()));
      }

      @Override
      public void releaseLease(Lease lease) {
        JdbcTransactions.inTransaction(dataSource, store, c -> release(c, lease));
      }
    };
  }

  /** Takes the lease, or takes over an expired one. */
  public Lease acquire(Connection c, String key, String owner, Duration ttl, Instant now) throws SQLException {
    Lease lease = new Lease(key, owner, now.plus(ttl));
    try (PreparedStatement p = c.prepareStatement(
        "SELECT owner, expires_at FROM " + table + " WHERE " + keyColumn + " = ? FOR UPDATE")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          Lease current = new Lease(key, r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant());
          if (!current.owner().equals(owner) && current.isLiveAt(now)) {
            throw new LeaseRefusedException(key, current.owner(), current.expiresAt());
          }
          update(c, "UPDATE " + table + " SET owner = ?, expires_at = ? WHERE " + keyColumn + " = ?", owner,
              utc(lease.expiresAt()), key);
          return lease;
        }
      }
    }
    try {
      update(c, "INSERT INTO " + table + " (" + keyColumn + ", owner, expires_at) VALUES (?, ?, ?)", key, owner,
          utc(lease.expiresAt()));
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) { // another node inserted it first
        throw new LeaseRefusedException(key, "another owner", lease.expiresAt());
      }
      throw e;
    }
    return lease;
  }

  /** Extends a held lease by {@code ttl} from {@code now}. */
  public Lease renew(Connection c, Lease lease, Duration ttl, Instant now) throws SQLException {
    Lease renewed = new Lease(lease.jobKey(), lease.owner(), now.plus(ttl));
    if (update(c, "UPDATE " + table + " SET expires_at = ? WHERE " + keyColumn + " = ? AND owner = ?",
        utc(renewed.expiresAt()), lease.jobKey(), lease.owner()) != 1) {
      throw new LeaseLostException(lease.jobKey(), lease.owner());
    }
    return renewed;
  }

  /** Gives the lease up (no-op when no longer held by its owner). */
  public void release(Connection c, Lease lease) throws SQLException {
    update(c, "DELETE FROM " + table + " WHERE " + keyColumn + " = ? AND owner = ?", lease.jobKey(), lease.owner());
  }

  /** Locks the holder's lease row until the transaction ends; refuses a lease taken over or released. */
  public void check(Connection c, Lease lease) throws SQLException {
    if (update(c, "UPDATE " + table + " SET owner = owner WHERE " + keyColumn + " = ? AND owner = ?", lease.jobKey(),
        lease.owner()) != 1) {
      throw new LeaseLostException(lease.jobKey(), lease.owner());
    }
  }
}
