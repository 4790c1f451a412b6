package io.cspsdk.sync.testing;

import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.store.JdbcJobStore;
import javax.sql.DataSource;

/** A fresh H2 database with the mirror (and job store) schema applied. */
public final class Mirror {
  private Mirror() {}

  public static DataSource h2() {
    DataSource ds = TestDatabases.h2().dataSource();
    JdbcMirrorSink.SCHEMA.apply(ds);
    JdbcJobStore.SCHEMA.apply(ds);
    return ds;
  }
}
