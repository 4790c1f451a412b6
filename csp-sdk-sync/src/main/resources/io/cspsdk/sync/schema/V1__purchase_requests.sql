-- csp-sdk-sync purchase request store, version 1: one row per request, the request itself as a JSON document.
-- Standard SQL (runs on H2 and PostgreSQL); apply with JdbcPurchaseRequestStore.SCHEMA or your migration tool.

CREATE TABLE sync_purchase_request (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  idempotency_key  VARCHAR(200) NOT NULL UNIQUE,
  state            VARCHAR(20)  NOT NULL,
  version          BIGINT       NOT NULL,
  submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  body             VARCHAR(100000) NOT NULL
);

CREATE INDEX sync_purchase_request_state ON sync_purchase_request (state, submitted_at);
