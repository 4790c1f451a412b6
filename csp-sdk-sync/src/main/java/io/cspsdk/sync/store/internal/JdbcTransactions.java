package io.cspsdk.sync.store.internal;

import io.cspsdk.sync.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs a unit of JDBC work in one transaction: committed whole or rolled back, SQL errors as {@link StoreException}. */
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
}
