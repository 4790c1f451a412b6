-- csp-sdk-sync distributor ledger, version 1: per ledger (distributor) the last day closed, the periods closed,
-- the reseller invoices issued for each and the lines not yet invoiced. Standard SQL (runs on H2 and PostgreSQL);
-- apply with JdbcLedgerStore.SCHEMA.

CREATE TABLE distributor_ledger (
  ledger_key      VARCHAR(200) NOT NULL PRIMARY KEY,
  closed_through  DATE         NOT NULL
);

CREATE TABLE distributor_ledger_period (
  ledger_key    VARCHAR(200) NOT NULL,
  period_start  DATE         NOT NULL,
  period_end    DATE         NOT NULL,
  closed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (ledger_key, period_start)
);

CREATE TABLE distributor_ledger_invoice (
  ledger_key    VARCHAR(200) NOT NULL,
  period_start  DATE         NOT NULL,
  seq           INTEGER      NOT NULL,
  reseller_id   VARCHAR(200) NOT NULL,
  total         DECIMAL(19, 4) NOT NULL,
  currency      VARCHAR(3)   NOT NULL,
  body          VARCHAR(10000000) NOT NULL,
  PRIMARY KEY (ledger_key, period_start, seq)
);

CREATE TABLE distributor_ledger_line (
  ledger_key        VARCHAR(200) NOT NULL,
  seq               BIGINT       NOT NULL,
  transaction_date  DATE         NOT NULL,
  reseller_id       VARCHAR(200) NOT NULL,
  body              VARCHAR(20000) NOT NULL,
  PRIMARY KEY (ledger_key, seq)
);
