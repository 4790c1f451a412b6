-- csp-sdk-sync job store, version 2: the item failures of each run, in the order they were committed.
-- Standard SQL (runs on H2 and PostgreSQL); apply with JdbcJobStore.SCHEMA or your migration tool.

CREATE TABLE sync_failure (
  job_key      VARCHAR(200)  NOT NULL,
  run_id       VARCHAR(64)   NOT NULL,
  seq          INTEGER       NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  item_key     VARCHAR(1000) NOT NULL,
  category     VARCHAR(20)   NOT NULL,
  reason       VARCHAR(4000) NOT NULL,
  raw_payload  VARCHAR(4000),
  PRIMARY KEY (job_key, run_id, seq)
);
