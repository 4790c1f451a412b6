package io.cspsdk.sync.twotier;

import java.util.List;
import java.util.Optional;

/**
 * Where the mirror lives: accounts, subscriptions (tombstones included) and deferred events. {@link #write} is
 * atomic. Implementations: {@link InMemoryMirrorStore}, {@link JdbcMirrorStore}.
 */
public interface MirrorStore {
  Optional<MirroredAccount> account(String id);

  Optional<MirroredSubscription> subscription(String id);

  /** All accounts, tombstones included, in id order. */
  List<MirroredAccount> accounts();

  /** All subscriptions, tombstones included, in id order. */
  List<MirroredSubscription> subscriptions();

  /** Events waiting for their parent, oldest first. */
  List<MirrorEvent> deferred();

  /** Writes all of it or nothing. */
  void write(MirrorWrite write);
}
