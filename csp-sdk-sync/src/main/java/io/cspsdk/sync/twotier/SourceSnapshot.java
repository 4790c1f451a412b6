package io.cspsdk.sync.twotier;

import java.util.Map;
import java.util.TreeMap;

/**
 * A source's full current state for a re-sync: accounts and subscriptions by source id, and the source versions of
 * those entities when the source has them (the reseller's system does; Partner Center does not). A repaired entity
 * takes the source's version, so that events older than the snapshot that arrive later are recognised as stale;
 * without one it keeps the mirror's version (0 for a new entity).
 */
public record SourceSnapshot(Map<String, AccountState> accounts, Map<String, SubscriptionState> subscriptions,
                             Map<String, Long> versions) {
  public SourceSnapshot {
    accounts = Map.copyOf(new TreeMap<>(accounts));
    subscriptions = Map.copyOf(new TreeMap<>(subscriptions));
    versions = Map.copyOf(new TreeMap<>(versions));
  }

  /** A snapshot without source versions. */
  public SourceSnapshot(Map<String, AccountState> accounts, Map<String, SubscriptionState> subscriptions) {
    this(accounts, subscriptions, Map.of());
  }

  /** The version to write for {@code id}: the source's, else {@code current}. */
  long versionOf(String id, long current) {
    return Math.max(current, versions.getOrDefault(id, current));
  }
}
