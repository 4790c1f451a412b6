package io.cspsdk.sync.store.internal;

import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a unit of JDBC work in one transaction: committed whole or rolled back, SQL errors as {@link StoreException};
 * and the statement helpers the JDBC stores share.
 */
public final class JdbcTransactions {
  private JdbcTransactions() {
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work {
    void run(Connection c) throws SQLException;
  }

  /** A unit of work on one connection that answers a value. */
  @FunctionalInterface
  public interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code query} in one transaction on a connection of {@code dataSource} and returns its answer. */
  public static <T> T query(DataSource dataSource, String store, Query<T> query) {
    List<T> answer = new ArrayList<>(1);
    inTransaction(dataSource, store, c -> answer.add(query.run(c)));
    return answer.get(0);
  }

  /**
   * Runs {@code work} in one transaction on a connection of {@code dataSource}.
   *
   * @param store names the store in the error message (e.g. "user links")
   */
  public static void inTransaction(DataSource dataSource, String store, Work work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException(store + ": " + e.getMessage(), e);
    }
  }

  /** Executes {@code sql} with {@code values} bound in order; returns the number of rows changed. */
  public static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      return p.executeUpdate();
    }
  }

  /** {@code instant} as a UTC timestamp for a {@code TIMESTAMP WITH TIME ZONE} column. */
  public static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
