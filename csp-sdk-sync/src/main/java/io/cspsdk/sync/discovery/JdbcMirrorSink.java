package io.cspsdk.sync.discovery;

import io.cspsdk.sync.discovery.internal.MirrorTable;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.store.JdbcSchema;
import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A queryable mirror of Partner Center in the product's own database: one table per kind ({@code pc_customer},
 * {@code pc_subscription}, {@code pc_user}, {@code pc_license}, {@code pc_subscribed_sku}, {@code pc_order},
 * {@code pc_invoice}, {@code pc_invoice_line_item}; see {@link #SCHEMA}) keyed by Partner Center ids, with typed
 * columns, the content hash, the run that first and last saw each row, and removal marks (rows are never deleted:
 * {@code removed = TRUE} with the run that noticed). Each batch is one transaction of {@code MERGE} upserts, so
 * redelivered items never duplicate a row. Thread-safe.
 */
public final class JdbcMirrorSink implements DiscoverySink {
  /** The mirror's schema: {@code io/cspsdk/sync/schema/V1__mirror.sql}. */
  public static final JdbcSchema SCHEMA = JdbcSchema.of("mirror", "/io/cspsdk/sync/schema/V1__mirror.sql");

  private final DataSource dataSource;
  private final Clock clock;

  /** Over {@code dataSource}; apply {@link #SCHEMA} first. */
  public JdbcMirrorSink(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /** Over {@code dataSource}, stamping rows with {@code clock}'s time. */
  public JdbcMirrorSink(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The table name of a kind, for queries. */
  public static String table(ItemKind kind) {
    return MirrorTable.of(kind).name();
  }

  @Override
  public void accept(RunId runId, List<DiscoveredItem> items) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Map<ItemKind, PreparedStatement> upserts = new EnumMap<>(ItemKind.class);
      Map<ItemKind, PreparedStatement> removals = new EnumMap<>(ItemKind.class);
      try {
        for (DiscoveredItem item : items) {
          MirrorTable table = MirrorTable.of(item.kind());
          if (item.change() == Change.REMOVED) {
            PreparedStatement p = statement(c, removals, item.kind(), table.removeSql());
            p.setString(1, runId.value());
            p.setObject(2, now);
            p.setString(3, item.key());
            p.addBatch();
          } else {
            PreparedStatement p = statement(c, upserts, item.kind(), table.upsertSql());
            List<Object> values = table.upsertValues(item, runId.value(), now);
            for (int i = 0; i < values.size(); i++) {
              p.setObject(i + 1, values.get(i));
            }
            p.addBatch();
          }
        }
        for (PreparedStatement p : upserts.values()) {
          p.executeBatch();
        }
        for (PreparedStatement p : removals.values()) {
          p.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        for (PreparedStatement p : upserts.values()) {
          p.close();
        }
        for (PreparedStatement p : removals.values()) {
          p.close();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("mirror: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement statement(Connection c, Map<ItemKind, PreparedStatement> cache, ItemKind kind,
                                             String sql) throws SQLException {
    PreparedStatement p = cache.get(kind);
    if (p == null) {
      p = c.prepareStatement(sql);
      cache.put(kind, p);
    }
    return p;
  }
}
