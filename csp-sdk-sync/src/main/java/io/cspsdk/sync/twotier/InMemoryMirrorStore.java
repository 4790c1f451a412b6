package io.cspsdk.sync.twotier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link MirrorStore} in memory (tests, single-process use); thread-safe. */
public final class InMemoryMirrorStore implements MirrorStore {
  private final TreeMap<String, MirroredAccount> accounts = new TreeMap<>();
  private final TreeMap<String, MirroredSubscription> subscriptions = new TreeMap<>();
  private final List<MirrorEvent> deferred = new ArrayList<>();

  @Override
  public synchronized Optional<MirroredAccount> account(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public synchronized Optional<MirroredSubscription> subscription(String id) {
    return Optional.ofNullable(subscriptions.get(id));
  }

  @Override
  public synchronized List<MirroredAccount> accounts() {
    return List.copyOf(accounts.values());
  }

  @Override
  public synchronized List<MirroredSubscription> subscriptions() {
    return List.copyOf(subscriptions.values());
  }

  @Override
  public synchronized List<MirrorEvent> deferred() {
    return List.copyOf(deferred);
  }

  @Override
  public synchronized void write(MirrorWrite w) {
    w.accounts().forEach(a -> accounts.put(a.id(), a));
    w.subscriptions().forEach(s -> subscriptions.put(s.id(), s));
    deferred.removeAll(w.deferredRemoved());
    w.deferredAdded().stream().filter(e -> !deferred.contains(e)).forEach(deferred::add);
  }
}
