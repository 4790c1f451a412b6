package io.cspsdk.sync.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases store tests run on: always H2 (embedded); PostgreSQL too when the {@code postgres} Maven profile sets
 * {@code cspsdk.test.postgres=true} (URL, user and password in {@code cspsdk.test.postgres.url/user/password}). Each
 * database is fresh: a new in-memory H2 database, or a new PostgreSQL schema dropped on close.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** Which databases this build tests on. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of("h2"));
    if (postgresEnabled()) {
      names.add("postgres");
    }
    return names;
  }

  /** Whether the PostgreSQL profile is on. */
  public static boolean postgresEnabled() {
    return Boolean.getBoolean("cspsdk.test.postgres");
  }

  /** A fresh database of the named kind. */
  public static TestDatabase fresh(String name) {
    return switch (name) {
      case "h2" -> h2();
      case "postgres" -> postgres();
      default -> throw new IllegalArgumentException("database: h2 or postgres, was " + name);
    };
  }

  /** A fresh in-memory H2 database, kept until the JVM ends. */
  public static TestDatabase h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return new TestDatabase("h2", ds, () -> { });
  }

  /** A fresh H2 database in a file (for other processes to open after this one). */
  public static DataSource h2File(java.nio.file.Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** A fresh schema in the test PostgreSQL database. */
  public static TestDatabase postgres() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    PGSimpleDataSource admin = postgresSource(null);
    exec(admin, "CREATE SCHEMA " + schema);
    PGSimpleDataSource ds = postgresSource(schema);
    return new TestDatabase("postgres", ds, () -> exec(admin, "DROP SCHEMA " + schema + " CASCADE"));
  }

  /** A data source on an existing PostgreSQL schema (for child processes). */
  public static PGSimpleDataSource postgresSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(System.getProperty("cspsdk.test.postgres.url", "jdbc:postgresql://localhost:5432/cspsdk_test"));
    ds.setUser(System.getProperty("cspsdk.test.postgres.user", "cspsdk"));
    ds.setPassword(System.getProperty("cspsdk.test.postgres.password", "cspsdk"));
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  private static void exec(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
    }
  }

  /** One fresh database. */
  public record TestDatabase(String name, DataSource dataSource, Runnable dropper) implements AutoCloseable {
    @Override
    public void close() {
      dropper.run();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
