package io.cspsdk.testkit.internal.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Graph reconciliation export: running for a number of polls, then succeeded with gzipped JSON-lines blobs. */
public final class ExportOperation {
  public final String id;
  public final Instant createdAt;
  public int pollsUntilDone;
  public String status = "running";
  public String sasToken;
  public final Map<String, byte[]> blobs = new LinkedHashMap<>();
  public Instant lastActionAt;

  public ExportOperation(String id, Instant createdAt, int pollsUntilDone) {
    this.id = id;
    this.createdAt = createdAt;
    this.lastActionAt = createdAt;
    this.pollsUntilDone = pollsUntilDone;
  }
}
