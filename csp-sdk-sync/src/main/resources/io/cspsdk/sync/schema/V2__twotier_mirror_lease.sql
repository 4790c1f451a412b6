-- csp-sdk-sync two-tier mirror, version 2: the lease of the node allowed to write a mirror (JdbcMirrorStore.heldBy).
-- Standard SQL (runs on H2 and PostgreSQL); apply with JdbcMirrorStore.SCHEMA.

CREATE TABLE twotier_lease (
  lease_key   VARCHAR(200) NOT NULL PRIMARY KEY,
  owner       VARCHAR(200) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
