package io.cspsdk.sync.twotier;

/** What happened on the reseller's side. */
public enum EventKind {
  ACCOUNT_UPSERTED, ACCOUNT_DELETED,
  CREATED, QUANTITY_CHANGED, ADD_ON_ADDED, ADD_ON_CANCELLED, SUSPENDED, RENEWED, CANCELLED, DELETED,
  /** Other locked fields changed (reactivated after a suspension, auto-renew, billing cycle, product, term). */
  UPDATED,
  /** Not an event a source sends: marks a subscription last written by a full re-sync. */
  RESYNCED;

  /** Whether the event is about an account (else a subscription). */
  public boolean isAccountEvent() {
    return this == ACCOUNT_UPSERTED || this == ACCOUNT_DELETED;
  }

  /** Whether the event removes its entity. */
  public boolean isDeletion() {
    return this == ACCOUNT_DELETED || this == DELETED;
  }
}
