-- csp-sdk-sync discovery mirror, version 1: a queryable copy of Partner Center, one table per kind.
-- Every table: item_key (Partner Center key), customer_id, parent_key, content_hash, removed (+ removed_in_run),
-- first_seen_run, last_seen_run, updated_at. Standard SQL (runs on H2 and PostgreSQL); apply with
-- JdbcMirrorSink.SCHEMA or your migration tool.

CREATE TABLE pc_customer (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  company_name VARCHAR(300), domain VARCHAR(300), tenant_id VARCHAR(64), relationship VARCHAR(60),
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_subscription (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  offer_id VARCHAR(200), offer_name VARCHAR(300), quantity INTEGER, status VARCHAR(40), billing_cycle VARCHAR(40),
  term_duration VARCHAR(20), auto_renew BOOLEAN, commitment_end_date TIMESTAMP WITH TIME ZONE,
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_user (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  user_principal_name VARCHAR(300), display_name VARCHAR(300), state VARCHAR(40), usage_location VARCHAR(10),
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_license (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  sku_id VARCHAR(64), sku_name VARCHAR(300),
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_subscribed_sku (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  sku_id VARCHAR(64), sku_name VARCHAR(300), total_units INTEGER, consumed_units INTEGER, available_units INTEGER,
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_order (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  status VARCHAR(40), creation_date TIMESTAMP WITH TIME ZONE, currency_code VARCHAR(10), line_item_count INTEGER,
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_invoice (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  invoice_date TIMESTAMP WITH TIME ZONE, total_charges NUMERIC(28, 10), currency_code VARCHAR(10),
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pc_invoice_line_item (
  item_key VARCHAR(300) NOT NULL PRIMARY KEY, customer_id VARCHAR(64), parent_key VARCHAR(300),
  subscription_id VARCHAR(64), product_id VARCHAR(64), sku_id VARCHAR(64), charge_type VARCHAR(60),
  quantity NUMERIC(28, 10), subtotal NUMERIC(28, 10), total_for_customer NUMERIC(28, 10), currency VARCHAR(10),
  charge_start_date TIMESTAMP WITH TIME ZONE, charge_end_date TIMESTAMP WITH TIME ZONE,
  content_hash VARCHAR(64) NOT NULL, removed BOOLEAN NOT NULL, removed_in_run VARCHAR(64),
  first_seen_run VARCHAR(64) NOT NULL, last_seen_run VARCHAR(64) NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX pc_subscription_customer ON pc_subscription (customer_id);
CREATE INDEX pc_user_customer ON pc_user (customer_id);
CREATE INDEX pc_license_customer ON pc_license (customer_id);
CREATE INDEX pc_order_customer ON pc_order (customer_id);
CREATE INDEX pc_invoice_line_item_invoice ON pc_invoice_line_item (parent_key);
