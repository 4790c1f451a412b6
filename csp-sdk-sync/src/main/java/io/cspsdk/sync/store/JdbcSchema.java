package io.cspsdk.sync.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A versioned SQL schema shipped in the jar as scripts {@code V1__….sql}, {@code V2__….sql}, … (classpath resources,
 * so Flyway or Liquibase users can include them instead). {@link #apply} runs the scripts not yet recorded in the
 * table {@code cspsdk_schema_version} and records them, for the embedded default.
 */
public final class JdbcSchema {
  private final String component;
  private final List<String> scripts;

  private JdbcSchema(String component, List<String> scripts) {
    this.component = component;
    this.scripts = scripts;
  }

  /** A component's scripts in version order (the first is version 1). */
  public static JdbcSchema of(String component, String... scriptResources) {
    return new JdbcSchema(Objects.requireNonNull(component, "component"), List.of(scriptResources));
  }

  /** The classpath resources of the scripts, version 1 first. */
  public List<String> scripts() {
    return scripts;
  }

  /** The latest version. */
  public int version() {
    return scripts.size();
  }

  /** Applies the missing versions, each in its own transaction. */
  public void apply(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS cspsdk_schema_version (component VARCHAR(64) NOT NULL, "
            + "version INTEGER NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "PRIMARY KEY (component, version))");
      }
      for (int v = appliedVersion(c) + 1; v <= scripts.size(); v++) {
        applyVersion(c, v);
      }
    } catch (SQLException e) {
      throw new StoreException("schema " + component + ": " + e.getMessage(), e);
    }
  }

  private void applyVersion(Connection c, int v) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String sql : statements(read(scripts.get(v - 1)))) {
        s.execute(sql);
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO cspsdk_schema_version (component, version, applied_at) VALUES (?, ?, ?)")) {
        p.setString(1, component);
        p.setInt(2, v);
        p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      if (appliedVersion(c) < v) { // not another node applying the same version at the same time
        throw e;
      }
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private int appliedVersion(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT MAX(version) FROM cspsdk_schema_version WHERE component = ?")) {
      p.setString(1, component);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  private static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.trim().startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(clean.toString().split(";")).map(String::trim).filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String resource) {
    try (InputStream in = JdbcSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException("schema script " + resource + " is not on the classpath", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("schema script " + resource + ": " + e.getMessage(), e);
    }
  }
}
