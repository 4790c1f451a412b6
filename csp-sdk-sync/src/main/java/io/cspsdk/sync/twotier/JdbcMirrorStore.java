package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseStore;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import io.cspsdk.sync.store.internal.JdbcLeases;
import io.cspsdk.sync.twotier.internal.MirrorJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link MirrorStore} in any relational database reached through a {@link DataSource}, in standard SQL (tested on
 * H2 and PostgreSQL 15); several mirrors (one per distributor) can share the tables under their own
 * {@code mirrorKey}. Each {@link #write} is one transaction. The tables are created by {@link #SCHEMA}.
 *
 * <p>Several nodes writing one mirror: the store is also the {@link LeaseStore} of the mirror's lease
 * ({@link #leaseKey()}). A node acquires the lease, keeps it with a {@link io.cspsdk.sync.job.Heartbeat} and writes
 * through {@link #heldBy(Lease)}: each write of that view first locks the lease row and checks the node still holds
 * it, in the write's transaction, so a node whose lease was taken over writes nothing
 * ({@link LeaseLostException}). The store itself, without {@code heldBy}, writes unconditionally (one node).
 *
 * <pre>{@code
 * JdbcMirrorStore store = new JdbcMirrorStore(dataSource, "distributor-1", clock);
 * Lease lease = store.acquireLease(store.leaseKey(), "node-a", Duration.ofMinutes(2)); // or LeaseRefusedException
 * try (Heartbeat hb = Heartbeat.start(store, lease, Duration.ofMinutes(2))) {
 *   TwoTierMirror mirror = new TwoTierMirror("distributor-1", store.heldBy(lease), clock);
 *   ...
 * }
 * }</pre>
 */
public final class JdbcMirrorStore implements MirrorStore, LeaseStore {
  /**
   * The store's schema: {@code io/cspsdk/sync/schema/V1__twotier_mirror.sql} and
   * {@code V2__twotier_mirror_lease.sql}.
   */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("twotier-mirror",
      "/io/cspsdk/sync/schema/V1__twotier_mirror.sql", "/io/cspsdk/sync/schema/V2__twotier_mirror_lease.sql");
  private static final JdbcLeases LEASES = new JdbcLeases("twotier_lease");

  private final DataSource dataSource;
  private final String mirrorKey;
  private final Clock clock;
  private final Lease writeLease;

  /** The mirror {@code mirrorKey} (e.g. the distributor's tenant id) in {@code dataSource}; apply {@link #SCHEMA} first. */
  public JdbcMirrorStore(DataSource dataSource, String mirrorKey) {
    this(dataSource, mirrorKey, Clock.systemUTC());
  }

  /** As {@link #JdbcMirrorStore(DataSource, String)}, with lease expiry on {@code clock}. */
  public JdbcMirrorStore(DataSource dataSource, String mirrorKey, Clock clock) {
    this(dataSource, mirrorKey, clock, null);
  }

  private JdbcMirrorStore(DataSource dataSource, String mirrorKey, Clock clock, Lease writeLease) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.mirrorKey = Objects.requireNonNull(mirrorKey, "mirrorKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writeLease = writeLease;
  }

  /** The key of this mirror's lease: {@code twotier-mirror:} and the mirror key. */
  public String leaseKey() {
    return "twotier-mirror:" + mirrorKey;
  }

  /**
   * The same mirror, writing only while {@code lease} (on {@link #leaseKey()}) is held: every write checks it in its
   * own transaction and is refused with {@link LeaseLostException} once the lease was taken over or released.
   */
  public JdbcMirrorStore heldBy(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    if (!lease.jobKey().equals(leaseKey())) {
      throw new ValidationException("lease.jobKey", "must be this mirror's lease key " + leaseKey() + ", was "
          + lease.jobKey());
    }
    return new JdbcMirrorStore(dataSource, mirrorKey, clock, lease);
  }

  @Override
  public Lease acquireLease(String jobKey, String owner, Duration ttl) {
    return leases().acquireLease(jobKey, owner, ttl);
  }

  @Override
  public Lease renewLease(Lease lease, Duration ttl) {
    return leases().renewLease(lease, ttl);
  }

  @Override
  public void releaseLease(Lease lease) {
    leases().releaseLease(lease);
  }

  private LeaseStore leases() {
    return LEASES.store(dataSource, clock, "JDBC mirror store");
  }

  @Override
  public Optional<MirroredAccount> account(String id) {
    return one("twotier_account", id, MirroredAccount.class);
  }

  @Override
  public Optional<MirroredSubscription> subscription(String id) {
    return one("twotier_subscription", id, MirroredSubscription.class);
  }

  @Override
  public List<MirroredAccount> accounts() {
    return all("SELECT id, body FROM twotier_account WHERE mirror_key = ? ORDER BY id", MirroredAccount.class);
  }

  @Override
  public List<MirroredSubscription> subscriptions() {
    return all("SELECT id, body FROM twotier_subscription WHERE mirror_key = ? ORDER BY id",
        MirroredSubscription.class);
  }

  @Override
  public List<MirrorEvent> deferred() {
    return all("SELECT source_id, body FROM twotier_deferred WHERE mirror_key = ? ORDER BY seq", MirrorEvent.class);
  }

  @Override
  public void write(MirrorWrite w) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (writeLease != null) {
          LEASES.check(c, writeLease);       // locks the lease row until commit; refuses a lost lease
        }
        for (MirroredAccount a : w.accounts()) {
          upsert(c, "twotier_account", a.id(), a.version(), a.deleted(), MirrorJson.write(a));
        }
        for (MirroredSubscription s : w.subscriptions()) {
          upsert(c, "twotier_subscription", s.id(), s.version(), s.deleted(), MirrorJson.write(s));
        }
        for (MirrorEvent e : w.deferredRemoved()) {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM twotier_deferred WHERE mirror_key = ? AND "
              + "kind = ? AND source_id = ? AND version = ?")) {
            key(p, e);
            p.executeUpdate();
          }
        }
        for (MirrorEvent e : w.deferredAdded()) {
          defer(c, e);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("JDBC mirror store: " + e.getMessage(), e);
    }
  }

  private void key(PreparedStatement p, MirrorEvent e) throws SQLException {
    p.setString(1, mirrorKey);
    p.setString(2, e.kind().name());
    p.setString(3, e.sourceId());
    p.setLong(4, e.version());
  }

  private void defer(Connection c, MirrorEvent e) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM twotier_deferred WHERE mirror_key = ? AND "
        + "kind = ? AND source_id = ? AND version = ?")) {
      key(p, e);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        if (r.getLong(1) > 0) {
          return;
        }
      }
    }
    long seq;
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM twotier_deferred WHERE mirror_key = ?")) {
      p.setString(1, mirrorKey);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        seq = r.getLong(1);
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO twotier_deferred (mirror_key, kind, source_id, "
        + "version, seq, body) VALUES (?, ?, ?, ?, ?, ?)")) {
      key(p, e);
      p.setLong(5, seq);
      p.setString(6, MirrorJson.write(e));
      p.executeUpdate();
    }
  }

  private void upsert(Connection c, String table, String id, long version, boolean deleted, String body)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET version = ?, deleted = ?, body = ? "
        + "WHERE mirror_key = ? AND id = ?")) {
      p.setLong(1, version);
      p.setBoolean(2, deleted);
      p.setString(3, body);
      p.setString(4, mirrorKey);
      p.setString(5, id);
      if (p.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (mirror_key, id, version, deleted, "
        + "body) VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, mirrorKey);
      p.setString(2, id);
      p.setLong(3, version);
      p.setBoolean(4, deleted);
      p.setString(5, body);
      p.executeUpdate();
    }
  }

  private <T> Optional<T> one(String table, String id, Class<T> type) {
    List<T> found = query("SELECT id, body FROM " + table + " WHERE mirror_key = ? AND id = ?", type, id);
    return found.stream().findFirst();
  }

  private <T> List<T> all(String sql, Class<T> type) {
    return query(sql, type, null);
  }

  private <T> List<T> query(String sql, Class<T> type, String id) {
    try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, mirrorKey);
      if (id != null) {
        p.setString(2, id);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(MirrorJson.read(r.getString(2), type, "mirror " + mirrorKey + " " + type.getSimpleName() + " "
              + r.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("JDBC mirror store: " + e.getMessage(), e);
    }
  }
}
