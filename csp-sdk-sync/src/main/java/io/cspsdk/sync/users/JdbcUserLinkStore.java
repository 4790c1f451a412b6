package io.cspsdk.sync.users;

import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.cspsdk.sync.store.internal.JdbcTransactions;
import javax.sql.DataSource;

/**
 * {@link UserLinkStore} in the tables {@code user_sync_link} and {@code user_sync_baseline} of
 * {@link JdbcUserDirectory#SCHEMA}; a link and its baseline are written in one transaction.
 */
public final class JdbcUserLinkStore implements UserLinkStore {
  private final DataSource dataSource;

  public JdbcUserLinkStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<UserLink> links(String customerId) {
    try (Connection c = dataSource.getConnection()) {
      Map<String, Map<String, String>> baselines = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT directory_user_id, item, item_value FROM user_sync_baseline WHERE customer_id = ?")) {
        p.setString(1, customerId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            baselines.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
          }
        }
      }
      List<UserLink> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT directory_user_id, partner_center_user_id, synced_at "
          + "FROM user_sync_link WHERE customer_id = ? ORDER BY directory_user_id")) {
        p.setString(1, customerId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new UserLink(customerId, r.getString(1), r.getString(2),
                baselines.getOrDefault(r.getString(1), Map.of()),
                r.getObject(3, OffsetDateTime.class).toInstant()));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("user links of customer " + customerId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void save(UserLink link) {
    inTransaction(c -> {
      delete(c, link.customerId(), link.directoryUserId());
      try (PreparedStatement p = c.prepareStatement("INSERT INTO user_sync_link (customer_id, directory_user_id, "
          + "partner_center_user_id, synced_at) VALUES (?, ?, ?, ?)")) {
        p.setString(1, link.customerId());
        p.setString(2, link.directoryUserId());
        p.setString(3, link.partnerCenterUserId());
        p.setObject(4, OffsetDateTime.ofInstant(link.syncedAt(), ZoneOffset.UTC));
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO user_sync_baseline (customer_id, "
          + "directory_user_id, item, item_value) VALUES (?, ?, ?, ?)")) {
        for (Map.Entry<String, String> e : link.baseline().entrySet()) {
          p.setString(1, link.customerId());
          p.setString(2, link.directoryUserId());
          p.setString(3, e.getKey());
          p.setString(4, e.getValue());
          p.addBatch();
        }
        p.executeBatch();
      }
    });
  }

  @Override
  public void delete(String customerId, String directoryUserId) {
    inTransaction(c -> delete(c, customerId, directoryUserId));
  }

  private static void delete(Connection c, String customerId, String directoryUserId) throws SQLException {
    for (String table : List.of("user_sync_baseline", "user_sync_link")) {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table
          + " WHERE customer_id = ? AND directory_user_id = ?")) {
        p.setString(1, customerId);
        p.setString(2, directoryUserId);
        p.executeUpdate();
      }
    }
  }

  private void inTransaction(JdbcTransactions.Work work) {
    JdbcTransactions.inTransaction(dataSource, "user links", work);
  }
}
