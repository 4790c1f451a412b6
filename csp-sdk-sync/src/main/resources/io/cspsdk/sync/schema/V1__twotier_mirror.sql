-- csp-sdk-sync two-tier mirror, version 1: mirrored accounts and subscriptions (tombstones included) and deferred
-- events, per mirror (distributor). Standard SQL (runs on H2 and PostgreSQL); apply with JdbcMirrorStore.SCHEMA.

CREATE TABLE twotier_account (
  mirror_key  VARCHAR(200) NOT NULL,
  id          VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  deleted     BOOLEAN      NOT NULL,
  body        VARCHAR(100000) NOT NULL,
  PRIMARY KEY (mirror_key, id)
);

CREATE TABLE twotier_subscription (
  mirror_key  VARCHAR(200) NOT NULL,
  id          VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  deleted     BOOLEAN      NOT NULL,
  body        VARCHAR(100000) NOT NULL,
  PRIMARY KEY (mirror_key, id)
);

CREATE TABLE twotier_deferred (
  mirror_key  VARCHAR(200) NOT NULL,
  kind        VARCHAR(30)  NOT NULL,
  source_id   VARCHAR(200) NOT NULL,
  version     BIGINT       NOT NULL,
  seq         BIGINT       NOT NULL,
  body        VARCHAR(100000) NOT NULL,
  PRIMARY KEY (mirror_key, kind, source_id, version)
);
