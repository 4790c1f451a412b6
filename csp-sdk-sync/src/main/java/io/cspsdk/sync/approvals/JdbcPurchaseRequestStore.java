package io.cspsdk.sync.approvals;

import io.cspsdk.sync.approvals.internal.RequestJson;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link PurchaseRequestStore} in any relational database reached through a {@link DataSource}, in standard SQL
 * (tested on H2 and PostgreSQL 15): one row per request with its state and version in columns and the request as
 * a JSON document. Every update is one {@code UPDATE … WHERE version = ?}, so a concurrent change is refused
 * and a crash keeps the previous version. The table is created by {@link #SCHEMA}.
 */
public final class JdbcPurchaseRequestStore implements PurchaseRequestStore {
  /** The store's schema: {@code io/cspsdk/sync/schema/V1__purchase_requests.sql}. */
  public static final JdbcSchema SCHEMA =
      JdbcSchema.of("purchase-requests", "/io/cspsdk/sync/schema/V1__purchase_requests.sql");
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS = "SELECT body FROM sync_purchase_request ";

  private final DataSource dataSource;

  /** Over {@code dataSource}; apply {@link #SCHEMA} first. */
  public JdbcPurchaseRequestStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public TrackedRequest insert(TrackedRequest request) {
    TrackedRequest stored = request.toBuilder().version(1).build();
    try (Connection c = dataSource.getConnection();
         PreparedStatement p = c.prepareStatement("INSERT INTO sync_purchase_request (id, idempotency_key, state, "
             + "version, submitted_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, stored.id());
      p.setString(2, stored.request().idempotencyKey());
      p.setString(3, stored.state().name());
      p.setLong(4, 1);
      p.setObject(5, time(stored.submittedAt()));
      p.setObject(6, time(stored.updatedAt()));
      p.setString(7, RequestJson.write(stored));
      p.executeUpdate();
      return stored;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return byKey(request.request().idempotencyKey())
            .orElseThrow(() -> new StaleRequestException(request.id(), 0, -1));
      }
      throw failed("insert " + request.id(), e);
    }
  }

  @Override
  public Optional<TrackedRequest> find(String id) {
    return one(COLUMNS + "WHERE id = ?", id);
  }

  private Optional<TrackedRequest> byKey(String key) {
    return one(COLUMNS + "WHERE idempotency_key = ?", key);
  }

  @Override
  public TrackedRequest update(TrackedRequest next) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement p = c.prepareStatement("UPDATE sync_purchase_request SET state = ?, version = ?, "
             + "updated_at = ?, body = ? WHERE id = ? AND version = ?")) {
      p.setString(1, next.state().name());
      p.setLong(2, next.version());
      p.setObject(3, time(next.updatedAt()));
      p.setString(4, RequestJson.write(next));
      p.setString(5, next.id());
      p.setLong(6, next.version() - 1);
      if (p.executeUpdate() != 1) {
        throw new StaleRequestException(next.id(), next.version() - 1, find(next.id()).map(TrackedRequest::version)
            .orElse(0L));
      }
      return next;
    } catch (SQLException e) {
      throw failed("update " + next.id(), e);
    }
  }

  @Override
  public List<TrackedRequest> list(Set<RequestState> states) {
    if (states.isEmpty()) {
      return List.of();
    }
    String marks = states.stream().map(s -> "?").collect(Collectors.joining(", "));
    try (Connection c = dataSource.getConnection();
         PreparedStatement p = c.prepareStatement(COLUMNS + "WHERE state IN (" + marks + ") ORDER BY submitted_at, id")) {
      int i = 1;
      for (RequestState s : states) {
        p.setString(i++, s.name());
      }
      List<TrackedRequest> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(RequestJson.read(r.getString(1), "sync_purchase_request"));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failed("list " + states, e);
    }
  }

  private Optional<TrackedRequest> one(String sql, String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(RequestJson.read(r.getString(1), "sync_purchase_request " + key))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read " + key, e);
    }
  }

  private static OffsetDateTime time(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  private static StoreException failed(String what, SQLException e) {
    return new StoreException("purchase request store: " + what + ": " + e.getMessage(), e);
  }
}
