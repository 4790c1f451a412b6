package io.cspsdk.sync.twotier;

import io.cspsdk.sync.twotier.DriftReport.Action;
import io.cspsdk.sync.twotier.DriftReport.Entity;
import io.cspsdk.sync.twotier.DriftReport.FieldDiff;
import io.cspsdk.sync.twotier.DriftReport.Repair;
import io.cspsdk.sync.twotier.internal.StateFields;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One full re-sync: the mirror brought to a snapshot, every repair reported, in one atomic write. */
final class Resync {
  private final MirrorStore store;
  private final Clock clock;

  Resync(MirrorStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  DriftReport run(String sourceName, SourceSnapshot snapshot) {
    Instant now = clock.instant();
    List<Repair> repairs = new ArrayList<>();
    List<MirroredAccount> accounts = new ArrayList<>();
    List<MirroredSubscription> subscriptions = new ArrayList<>();
    Map<String, AccountState> wanted = snapshot.accounts();
    for (MirroredAccount a : store.accounts()) {
      AccountState s = wanted.get(a.id());
      if (s == null) {
        if (!a.deleted()) {
          accounts.add(a.withSource(a.state(), a.version(), now, true));
          repairs.add(new Repair(Entity.ACCOUNT, a.id(), Action.DELETED, List.of()));
        }
      } else if (a.deleted() || !a.state().equals(s)) {
        List<FieldDiff> diffs = a.deleted() ? List.of() : StateFields.diff(a.state(), s);
        accounts.add(a.withSource(s, snapshot.versionOf(a.id(), a.version()), now, false));
        repairs.add(new Repair(Entity.ACCOUNT, a.id(), a.deleted() ? Action.CREATED : Action.UPDATED, diffs));
      }
    }
    wanted.forEach((id, s) -> {
      if (store.account(id).isEmpty()) {
        accounts.add(new MirroredAccount(id, s, snapshot.versionOf(id, 0), now, false, Map.of(), List.of()));
        repairs.add(new Repair(Entity.ACCOUNT, id, Action.CREATED, List.of()));
      }
    });
    Map<String, SubscriptionState> subs = snapshot.subscriptions();
    for (MirroredSubscription m : store.subscriptions()) {
      SubscriptionState s = subs.get(m.id());
      if (s == null) {
        if (!m.deleted()) {
          subscriptions.add(m.withSource(m.state(), EventKind.DELETED, m.version(), now, true));
          repairs.add(new Repair(Entity.SUBSCRIPTION, m.id(), Action.DELETED, List.of()));
        }
      } else if (m.deleted() || !m.state().equals(s)) {
        List<FieldDiff> diffs = m.deleted() ? List.of() : StateFields.diff(m.state(), s);
        subscriptions.add(m.withSource(s, EventKind.RESYNCED, snapshot.versionOf(m.id(), m.version()), now,
            false));
        repairs.add(new Repair(Entity.SUBSCRIPTION, m.id(), m.deleted() ? Action.CREATED : Action.UPDATED, diffs));
      }
    }
    subs.forEach((id, s) -> {
      if (store.subscription(id).isEmpty()) {
        subscriptions.add(new MirroredSubscription(id, s, EventKind.RESYNCED, snapshot.versionOf(id, 0), now, false,
            Map.of(),
            List.of()));
        repairs.add(new Repair(Entity.SUBSCRIPTION, id, Action.CREATED, List.of()));
      }
    });
    store.write(new MirrorWrite(accounts, subscriptions, List.of(), List.of()));
    return new DriftReport(sourceName, repairs);
  }
}
