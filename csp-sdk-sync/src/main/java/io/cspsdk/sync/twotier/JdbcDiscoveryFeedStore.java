package io.cspsdk.sync.twotier;

import io.cspsdk.sync.store.CorruptCheckpointException;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link DiscoveryFeedStore} in any relational database reached through a {@link DataSource}, in standard SQL
 * (tested on H2 and PostgreSQL 15); several feeds (one per distributor) share the table under their own
 * {@code feedKey}. Each {@link #record} is one transaction that locks the item's row. The table is created by
 * {@link #SCHEMA}.
 */
public final class JdbcDiscoveryFeedStore implements DiscoveryFeedStore {
  /** The store's schema: {@code io/cspsdk/sync/schema/V1__twotier_feed.sql}. */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("twotier-feed", "/io/cspsdk/sync/schema/V1__twotier_feed.sql");
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int ATTEMPTS = 3;

  private final DataSource dataSource;
  private final String feedKey;

  /** The feed {@code feedKey} (e.g. the distributor's tenant id) in {@code dataSource}; apply {@link #SCHEMA} first. */
  public JdbcDiscoveryFeedStore(DataSource dataSource, String feedKey) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.feedKey = Objects.requireNonNull(feedKey, "feedKey");
  }

  @Override
  public Optional<Entry> entry(String key) {
    Objects.requireNonNull(key, "key");
    try (Connection c = dataSource.getConnection()) {
      return read(c, key, false);
    } catch (SQLException e) {
      throw new StoreException("JDBC discovery feed store: " + e.getMessage(), e);
    }
  }

  @Override
  public Entry record(String key, String contentHash, EventKind kind, boolean newVersion) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(kind, "kind");
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          Entry recorded = record(c, key, contentHash, kind, newVersion);
          c.commit();
          return recorded;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == ATTEMPTS) { // else: inserted by another thread
          throw new StoreException("JDBC discovery feed store: " + e.getMessage(), e);
        }
      }
    }
  }

  private Entry record(Connection c, String key, String hash, EventKind kind, boolean newVersion)
      throws SQLException {
    Optional<Entry> old = read(c, key, true);
    if (old.isEmpty()) {
      Entry created = new Entry(key, hash, 1, kind);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO twotier_feed (feed_key, item_key, content_hash, "
          + "version, kind) VALUES (?, ?, ?, ?, ?)")) {
        p.setString(1, feedKey);
        p.setString(2, key);
        p.setString(3, hash);
        p.setLong(4, created.version());
        p.setString(5, kind.name());
        p.executeUpdate();
      }
      return created;
    }
    Entry next = old.get().next(hash, kind, newVersion);
    if (next.equals(old.get())) {
      return next;
    }
    try (PreparedStatement p = c.prepareStatement("UPDATE twotier_feed SET content_hash = ?, version = ?, kind = ? "
        + "WHERE feed_key = ? AND item_key = ?")) {
      p.setString(1, next.contentHash());
      p.setLong(2, next.version());
      p.setString(3, next.kind().name());
      p.setString(4, feedKey);
      p.setString(5, key);
      p.executeUpdate();
    }
    return next;
  }

  private Optional<Entry> read(Connection c, String key, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT content_hash, version, kind FROM twotier_feed "
        + "WHERE feed_key = ? AND item_key = ?" + (lock ? " FOR UPDATE" : ""))) {
      p.setString(1, feedKey);
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        EventKind kind;
        try {
          kind = EventKind.valueOf(r.getString(3));
        } catch (IllegalArgumentException e) {
          throw new CorruptCheckpointException("twotier_feed(" + feedKey + ", " + key + ")",
              "kind '" + r.getString(3) + "' is not an event kind");
        }
        return Optional.of(new Entry(key, r.getString(1), r.getLong(2), kind));
      }
    }
  }
}
