package io.cspsdk.sync.twotier;

/** The sales operations a distributor may not perform on a mirrored subscription (the reseller owns them). */
public enum SalesOperation {
  ADD_ADD_ON, UPGRADE, DOWNGRADE, RENEW, SUSPEND, CANCEL, DELETE, CHANGE_QUANTITY
}
