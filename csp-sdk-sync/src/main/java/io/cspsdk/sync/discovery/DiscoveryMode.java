package io.cspsdk.sync.discovery;

/** How a run reads Partner Center. */
public enum DiscoveryMode {
  /** Every customer, every kind in scope. */
  FULL,
  /** Only customers named by audit records since the previous run's watermark, new ones, and the sweep's slice. */
  INCREMENTAL
}
