-- csp-sdk-sync user sync, version 1 (component "user-sync", applied after the mirror schema): the columns the
-- directory needs on the mirror's user and licence tables, and the links between directory and Partner Center users
-- with the baseline both sides agreed on at the last sync. Standard SQL (H2 and PostgreSQL).

ALTER TABLE pc_user ADD COLUMN first_name VARCHAR(300);
ALTER TABLE pc_user ADD COLUMN last_name VARCHAR(300);
ALTER TABLE pc_license ADD COLUMN assigned_by_group BOOLEAN;

CREATE TABLE user_sync_link (
  customer_id VARCHAR(64) NOT NULL, directory_user_id VARCHAR(300) NOT NULL,
  partner_center_user_id VARCHAR(64) NOT NULL, synced_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (customer_id, directory_user_id)
);

CREATE TABLE user_sync_baseline (
  customer_id VARCHAR(64) NOT NULL, directory_user_id VARCHAR(300) NOT NULL,
  item VARCHAR(400) NOT NULL, item_value VARCHAR(400) NOT NULL,
  PRIMARY KEY (customer_id, directory_user_id, item)
);
