package io.cspsdk.sync.users;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.cspsdk.sync.store.internal.JdbcTransactions;
import javax.sql.DataSource;

/**
 * {@link UserDirectory} over the discovery mirror's tables ({@code pc_user}, {@code pc_license}), so that a product
 * that mirrors Partner Center with discovery syncs against its own tables: a user is a {@code pc_user} row (its id is
 * {@code item_key}; disabled = {@code state 'disabled'}; deleted = {@code removed}), its licences are
 * {@code pc_license} rows ({@code assigned_by_group} marks the read-only ones). Apply
 * {@code JdbcMirrorSink.SCHEMA} and then {@link #SCHEMA} (which adds first and last names and the link tables).
 * Users created from Partner Center get their Partner Center id as key, the key discovery gives them too.
 */
public final class JdbcUserDirectory implements UserDirectory {
  /** The user-sync schema: the directory's columns on the mirror tables and {@link JdbcUserLinkStore}'s tables. */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("user-sync", "/io/cspsdk/sync/schema/V1__user_sync.sql");
  private static final String RUN = "user-sync";
  private static final String USER_COLUMNS = "item_key, user_principal_name, display_name, first_name, last_name, "
      + "usage_location, state, updated_at";
  private final DataSource dataSource;
  private final Clock clock;

  public JdbcUserDirectory(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public List<DirectoryUser> list(String customerId) {
    return query(customerId, null);
  }

  @Override
  public Optional<DirectoryUser> get(String customerId, String userId) {
    return query(customerId, userId).stream().findFirst();
  }

  private List<DirectoryUser> query(String customerId, String userId) {
    String where = " WHERE customer_id = ? AND removed = FALSE" + (userId == null ? "" : " AND ");
    try (Connection c = dataSource.getConnection()) {
      Map<String, DirectoryUser.Builder> users = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM pc_user" + where
          + (userId == null ? "" : "item_key = ?") + " ORDER BY item_key")) {
        p.setString(1, customerId);
        if (userId != null) {
          p.setString(2, userId);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String state = r.getString("state");
            Timestamp at = r.getTimestamp("updated_at");
            users.put(r.getString("item_key"), DirectoryUser.builder().id(r.getString("item_key"))
                .userPrincipalName(r.getString("user_principal_name"))
                .displayName(Optional.ofNullable(r.getString("display_name"))
                    .orElse(r.getString("user_principal_name")))
                .firstName(Optional.ofNullable(r.getString("first_name")))
                .lastName(Optional.ofNullable(r.getString("last_name")))
                .usageLocation(Optional.ofNullable(r.getString("usage_location")))
                .enabled(state == null || !(state.equalsIgnoreCase("disabled") || state.equalsIgnoreCase("inactive")))
                .modifiedAt(Optional.ofNullable(at).map(Timestamp::toInstant)));
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT parent_key, sku_id, assigned_by_group FROM pc_license"
          + where + (userId == null ? "" : "parent_key = ?"))) {
        p.setString(1, customerId);
        if (userId != null) {
          p.setString(2, userId);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            DirectoryUser.Builder b = users.get(r.getString("parent_key"));
            if (b != null && r.getString("sku_id") != null) {
              String sku = r.getString("sku_id").toLowerCase(Locale.ROOT);
              if (r.getBoolean("assigned_by_group")) {
                b.addGroupLicences(sku);
              } else {
                b.addLicences(sku);
              }
            }
          }
        }
      }
      List<DirectoryUser> out = new ArrayList<>();
      users.values().forEach(b -> out.add(b.build()));
      return out;
    } catch (SQLException e) {
      throw new StoreException("directory of customer " + customerId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public DirectoryUser create(String customerId, DirectoryUser user, Password password) {
    for (DirectoryUser u : list(customerId)) {
      if (u.userPrincipalName().equalsIgnoreCase(user.userPrincipalName())) {
        throw new ValidationException("userPrincipalName", "already used by directory user " + u.id().orElse(""));
      }
    }
    String key = user.id().orElse(UUID.randomUUID().toString());
    inTransaction(c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM pc_user WHERE item_key = ? AND removed = TRUE")) {
        p.setString(1, key);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO pc_user (item_key, customer_id, "
          + "user_principal_name, display_name, first_name, last_name, usage_location, state, content_hash, removed, "
          + "first_seen_run, last_seen_run, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', FALSE, ?, ?, ?)")) {
        p.setString(1, key);
        p.setString(2, customerId);
        p.setString(3, user.userPrincipalName());
        p.setString(4, user.displayName());
        p.setString(5, user.firstName().orElse(null));
        p.setString(6, user.lastName().orElse(null));
        p.setString(7, user.usageLocation().orElse(null));
        p.setString(8, user.enabled() ? "active" : "disabled");
        p.setString(9, RUN);
        p.setString(10, RUN);
        p.setObject(11, now());
        p.executeUpdate();
      }
      setLicences(c, customerId, key, user.licences(), Set.of());
    });
    return get(customerId, key).orElseThrow();
  }

  @Override
  public DirectoryUser update(String customerId, DirectoryUser user) {
    String key = user.id().orElseThrow(() -> new ValidationException("user.id", "is required to update"));
    inTransaction(c -> {
      try (PreparedStatement p = c.prepareStatement("UPDATE pc_user SET user_principal_name = ?, display_name = ?, "
          + "first_name = ?, last_name = ?, usage_location = ?, state = ?, updated_at = ? "
          + "WHERE customer_id = ? AND item_key = ? AND removed = FALSE")) {
        p.setString(1, user.userPrincipalName());
        p.setString(2, user.displayName());
        p.setString(3, user.firstName().orElse(null));
        p.setString(4, user.lastName().orElse(null));
        p.setString(5, user.usageLocation().orElse(null));
        p.setString(6, user.enabled() ? "active" : "disabled");
        p.setObject(7, now());
        p.setString(8, customerId);
        p.setString(9, key);
        requireOne(p.executeUpdate(), customerId, key);
      }
    });
    return get(customerId, key).orElseThrow();
  }

  @Override
  public void disable(String customerId, String userId) {
    DirectoryUser u = get(customerId, userId).orElseThrow(() -> missing(customerId, userId));
    update(customerId, u.toBuilder().enabled(false).build());
  }

  @Override
  public void delete(String customerId, String userId) {
    inTransaction(c -> {
      for (String table : List.of("pc_user", "pc_license")) {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET removed = TRUE, removed_in_run = ?, "
            + "updated_at = ? WHERE customer_id = ? AND " + (table.equals("pc_user") ? "item_key" : "parent_key")
            + " = ? AND removed = FALSE")) {
          p.setString(1, RUN);
          p.setObject(2, now());
          p.setString(3, customerId);
          p.setString(4, userId);
          int n = p.executeUpdate();
          if (table.equals("pc_user")) {
            requireOne(n, customerId, userId);
          }
        }
      }
    });
  }

  /** Re-keys the user's rows to the Partner Center id, the key discovery gives the same user. */
  @Override
  public String adoptPartnerCenterId(String customerId, String userId, String partnerCenterUserId) {
    if (userId.equals(partnerCenterUserId) || get(customerId, partnerCenterUserId).isPresent()) {
      return userId;
    }
    inTransaction(c -> {
      for (String sql : List.of("DELETE FROM pc_license WHERE parent_key = ? AND removed = TRUE",
          "DELETE FROM pc_user WHERE item_key = ? AND removed = TRUE")) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, partnerCenterUserId);
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE pc_user SET item_key = ? WHERE item_key = ? AND customer_id = ?")) {
        p.setString(1, partnerCenterUserId);
        p.setString(2, userId);
        p.setString(3, customerId);
        requireOne(p.executeUpdate(), customerId, userId);
      }
      try (PreparedStatement p = c.prepareStatement("UPDATE pc_license SET item_key = CONCAT(?, '/', sku_id), "
          + "parent_key = ? WHERE parent_key = ? AND customer_id = ?")) {
        p.setString(1, partnerCenterUserId);
        p.setString(2, partnerCenterUserId);
        p.setString(3, userId);
        p.setString(4, customerId);
        p.executeUpdate();
      }
    });
    return partnerCenterUserId;
  }

  @Override
  public DirectoryUser updateLicences(String customerId, String userId, Set<String> assign, Set<String> remove) {
    get(customerId, userId).orElseThrow(() -> missing(customerId, userId));
    inTransaction(c -> {
      setLicences(c, customerId, userId, assign, remove);
      try (PreparedStatement p = c.prepareStatement("UPDATE pc_user SET updated_at = ? WHERE item_key = ?")) {
        p.setObject(1, now());
        p.setString(2, userId);
        p.executeUpdate();
      }
    });
    return get(customerId, userId).orElseThrow();
  }

  private void setLicences(Connection c, String customerId, String userId, Set<String> assign, Set<String> remove)
      throws SQLException {
    for (String sku : new LinkedHashSet<>(remove)) {
      try (PreparedStatement p = c.prepareStatement("UPDATE pc_license SET removed = TRUE, removed_in_run = ?, "
          + "updated_at = ? WHERE item_key = ? AND (assigned_by_group IS NULL OR assigned_by_group = FALSE)")) {
        p.setString(1, RUN);
        p.setObject(2, now());
        p.setString(3, userId + "/" + sku.toLowerCase(Locale.ROOT));
        p.executeUpdate();
      }
    }
    for (String sku : new LinkedHashSet<>(assign)) {
      String key = userId + "/" + sku.toLowerCase(Locale.ROOT);
      try (PreparedStatement p = c.prepareStatement("DELETE FROM pc_license WHERE item_key = ?")) {
        p.setString(1, key);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO pc_license (item_key, customer_id, parent_key, "
          + "sku_id, assigned_by_group, content_hash, removed, first_seen_run, last_seen_run, updated_at) "
          + "VALUES (?, ?, ?, ?, FALSE, '', FALSE, ?, ?, ?)")) {
        p.setString(1, key);
        p.setString(2, customerId);
        p.setString(3, userId);
        p.setString(4, sku.toLowerCase(Locale.ROOT));
        p.setString(5, RUN);
        p.setString(6, RUN);
        p.setObject(7, now());
        p.executeUpdate();
      }
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static void requireOne(int rows, String customerId, String userId) {
    if (rows != 1) {
      throw missing(customerId, userId);
    }
  }

  private static ValidationException missing(String customerId, String userId) {
    return new ValidationException("userId", "no directory user " + userId + " in customer " + customerId);
  }

  private void inTransaction(JdbcTransactions.Work work) {
    JdbcTransactions.inTransaction(dataSource, "directory", work);
  }

}
