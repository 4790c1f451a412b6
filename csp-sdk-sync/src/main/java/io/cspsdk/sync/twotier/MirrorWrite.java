package io.cspsdk.sync.twotier;

import java.util.List;

/**
 * One atomic change of a {@link MirrorStore}: upserted accounts and subscriptions, events deferred and events no
 * longer deferred (matched by kind, source id and version).
 */
public record MirrorWrite(List<MirroredAccount> accounts, List<MirroredSubscription> subscriptions,
                          List<MirrorEvent> deferredAdded, List<MirrorEvent> deferredRemoved) {
  public MirrorWrite {
    accounts = List.copyOf(accounts);
    subscriptions = List.copyOf(subscriptions);
    deferredAdded = List.copyOf(deferredAdded);
    deferredRemoved = List.copyOf(deferredRemoved);
  }

  static MirrorWrite account(MirroredAccount a) {
    return new MirrorWrite(List.of(a), List.of(), List.of(), List.of());
  }

  static MirrorWrite subscription(MirroredSubscription s) {
    return new MirrorWrite(List.of(), List.of(s), List.of(), List.of());
  }

  static MirrorWrite defer(MirrorEvent e) {
    return new MirrorWrite(List.of(), List.of(), List.of(e), List.of());
  }
}
