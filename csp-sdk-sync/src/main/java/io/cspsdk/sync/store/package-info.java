/**
 * Where jobs keep their runs, checkpoints, partition completions and leases: the {@link io.cspsdk.sync.store.JobStore}
 * SPI with an in-memory, a file (atomic writes) and a JDBC implementation (any {@code DataSource}; schema shipped as
 * versioned SQL scripts, standard SQL tested on H2 and PostgreSQL).
 */
package io.cspsdk.sync.store;
