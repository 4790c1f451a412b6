-- csp-sdk-sync two-tier discovery feed, version 1: per discovered item, the content hash last seen and the version
-- and kind of its last mirror event, per feed (distributor). Standard SQL (runs on H2 and PostgreSQL); apply with
-- JdbcDiscoveryFeedStore.SCHEMA.

CREATE TABLE twotier_feed (
  feed_key      VARCHAR(200) NOT NULL,
  item_key      VARCHAR(300) NOT NULL,
  content_hash  VARCHAR(128) NOT NULL,
  version       BIGINT       NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  PRIMARY KEY (feed_key, item_key)
);
