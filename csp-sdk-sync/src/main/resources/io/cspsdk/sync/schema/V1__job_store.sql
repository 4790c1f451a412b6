-- csp-sdk-sync job store, version 1: runs, checkpoint, partitions with their item digests, leases.
-- Standard SQL (runs on H2 and PostgreSQL); apply with JdbcJobStore.SCHEMA or your migration tool.

CREATE TABLE sync_lease (
  job_key     VARCHAR(200) NOT NULL PRIMARY KEY,
  owner       VARCHAR(200) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sync_run (
  job_key     VARCHAR(200) NOT NULL,
  run_id      VARCHAR(64)  NOT NULL,
  state       VARCHAR(20)  NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at    TIMESTAMP WITH TIME ZONE,
  error       VARCHAR(4000),
  counters    VARCHAR(4000) NOT NULL,
  attributes  VARCHAR(4000) NOT NULL,
  PRIMARY KEY (job_key, run_id)
);

CREATE TABLE sync_checkpoint (
  job_key         VARCHAR(200) NOT NULL PRIMARY KEY,
  format_version  INTEGER      NOT NULL,
  run_id          VARCHAR(64)  NOT NULL,
  body            VARCHAR(8000) NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sync_partition (
  job_key       VARCHAR(200) NOT NULL,
  partition_id  VARCHAR(200) NOT NULL,
  run_id        VARCHAR(64)  NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (job_key, partition_id)
);

CREATE TABLE sync_partition_item (
  job_key       VARCHAR(200) NOT NULL,
  partition_id  VARCHAR(200) NOT NULL,
  item_key      VARCHAR(300) NOT NULL,
  item_hash     VARCHAR(64)  NOT NULL,
  PRIMARY KEY (job_key, partition_id, item_key)
);
