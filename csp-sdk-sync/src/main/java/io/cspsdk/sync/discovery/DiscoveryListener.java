package io.cspsdk.sync.discovery;

import io.cspsdk.sync.job.JobListener;

/** Observes discovery runs: state changes and failures (from {@link JobListener}) and progress. */
public interface DiscoveryListener extends JobListener {
  /** Progress after each finished customer and invoice. */
  default void onProgress(DiscoveryProgress progress) {}
}
