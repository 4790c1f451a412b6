package io.cspsdk.sync.job;

/** How an error affects a run. */
public enum FailureCategory {
  /** Throttling, 5xx, dropped connections, timeouts: retried (by the client, then by the job). */
  TRANSIENT,
  /** One partition (a customer) cannot be read, e.g. 403 after a lost relationship: recorded, the run goes on. */
  PARTITION,
  /** One record cannot be read (unparseable): recorded, the run goes on up to a limit. */
  RECORD,
  /** The whole run cannot go on (consent revoked, credentials refused): it ends in ERROR, resumable. */
  FATAL
}
