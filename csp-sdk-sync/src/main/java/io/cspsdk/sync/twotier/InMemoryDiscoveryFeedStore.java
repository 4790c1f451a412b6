package io.cspsdk.sync.twotier;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DiscoveryFeedStore} in memory (tests, single-process use); thread-safe. */
public final class InMemoryDiscoveryFeedStore implements DiscoveryFeedStore {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public Entry record(String key, String contentHash, EventKind kind, boolean newVersion) {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(kind, "kind");
    return entries.compute(Objects.requireNonNull(key, "key"), (k, old) -> old == null
        ? new Entry(k, contentHash, 1, kind) : old.next(contentHash, kind, newVersion));
  }
}
