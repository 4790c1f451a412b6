package io.cspsdk.sync.twotier;

import java.util.Objects;
import java.util.Optional;

/**
 * The state of a {@link DiscoveryFeed}: per discovered item, the content hash it last saw, the version it gave the
 * item's mirror event and that event's kind. The version rises only when the content changes, so an item delivered
 * again (discovery delivers at least once) is turned into the same event and the mirror answers
 * {@link ApplyResult.Outcome#DUPLICATE}. Implementations: {@link InMemoryDiscoveryFeedStore},
 * {@link JdbcDiscoveryFeedStore}. Thread-safe; {@link #record} is atomic per key.
 */
public interface DiscoveryFeedStore {
  /** What the feed last recorded for an item. */
  Optional<Entry> entry(String key);

  /**
   * Records that the item {@code key} was seen with {@code contentHash}, atomically: when the hash is the one
   * recorded, the entry is returned unchanged; when it differs (or the item is new) and {@code newVersion} is set,
   * the version rises by one (1 for a new item) and {@code kind} is recorded; when it differs and
   * {@code newVersion} is not set (the content changed in fields the mirror does not hold), only the hash is
   * recorded and the version and kind stay.
   *
   * @return the entry as recorded
   */
  Entry record(String key, String contentHash, EventKind kind, boolean newVersion);

  /**
   * One item's feed state.
   *
   * @param key the item's key ({@code customer:…}, {@code subscription:…}, {@code reseller:…})
   * @param contentHash the content hash last seen
   * @param version the version of the item's last mirror event (at least 1)
   * @param kind that event's kind
   */
  record Entry(String key, String contentHash, long version, EventKind kind) {
    /** Validates. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(kind, "kind");
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1, was " + version);
      }
    }

    /** The entry after seeing {@code hash}, with the rules of {@link DiscoveryFeedStore#record}. */
    public Entry next(String hash, EventKind newKind, boolean newVersion) {
      if (hash.equals(contentHash)) {
        return this;
      }
      return newVersion ? new Entry(key, hash, version + 1, newKind) : new Entry(key, hash, version, kind);
    }
  }
}
