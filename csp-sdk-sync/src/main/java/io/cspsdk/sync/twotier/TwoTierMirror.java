package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.twotier.ApplyResult.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The distributor's mirror of its resellers' accounts and subscriptions. Reseller-side events are applied 1:1 as
 * keyed upserts: idempotent by source id and version, an older version never overwrites a newer one, a deletion
 * leaves a tombstone, and an event whose parent (account, base subscription) is not mirrored yet is deferred and
 * retried when later events arrive. {@link #resync} repairs drift from the source's full state. Thread-safe (one
 * writer at a time).
 *
 * <pre>{@code
 * TwoTierMirror mirror = new TwoTierMirror("distributor-1", new InMemoryMirrorStore(), Clock.systemUTC());
 * mirror.apply(MirrorEvent.account("r1", 1, now, AccountState.reseller("distributor-1", "Cloud Resell", ...)));
 * mirror.pull(pushedEvents);               // events the reseller's system pushed
 * DriftReport repaired = mirror.resync(pushedEvents);
 * mirror.distributor().attachToSubscription(id, AttachmentKind.NOTE, "call on renewal");
 * }</pre>
 */
public final class TwoTierMirror {
  private final String distributorId;
  private final MirrorStore store;
  private final Clock clock;

  /** A mirror rooted at the distributor {@code distributorId}, kept in {@code store}. */
  public TwoTierMirror(String distributorId, MirrorStore store, Clock clock) {
    if (distributorId == null || distributorId.isBlank()) {
      throw new ValidationException("distributorId", "is required");
    }
    this.distributorId = distributorId;
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public String distributorId() {
    return distributorId;
  }

  Clock clock() {
    return clock;
  }

  /** Applies one event, then any deferred events it unblocks. */
  public synchronized ApplyResult apply(MirrorEvent event) {
    ApplyResult r = applyOne(Objects.requireNonNull(event, "event"), true);
    if (r.outcome() == Outcome.APPLIED) {
      retryDeferred();
    }
    return r;
  }

  /** Applies events in the order given (duplicates and out-of-order versions are safe). */
  public List<ApplyResult> applyAll(Iterable<MirrorEvent> events) {
    List<ApplyResult> out = new ArrayList<>();
    events.forEach(e -> out.add(apply(e)));
    return out;
  }

  /** Applies the events the source has for us. */
  public List<ApplyResult> pull(MirrorSource source) {
    return applyAll(source.events());
  }

  /**
   * Repairs drift: brings the mirror to the source's full current state and reports every difference repaired
   * (created, updated field by field, deleted). Distributor-owned data is kept.
   */
  public synchronized DriftReport resync(MirrorSource source) {
    DriftReport report = new Resync(store, clock).run(source.name(), source.snapshot());
    retryDeferred();
    return report;
  }

  /** The account hierarchy as mirrored now (tombstones left out). */
  public AccountHierarchy hierarchy() {
    return new AccountHierarchy(distributorId, store.accounts());
  }

  /** The resellers by MPN id and tenant id. */
  public ResellerDirectory directory() {
    return new ResellerDirectory(store.accounts());
  }

  /** What the distributor may do with the mirror: attach its own data; never change reseller-owned fields. */
  public DistributorSide distributor() {
    return new DistributorSide(store, clock);
  }

  /** A live (not deleted) mirrored account. */
  public Optional<MirroredAccount> account(String id) {
    return store.account(id).filter(a -> !a.deleted());
  }

  /** A live (not deleted) mirrored subscription. */
  public Optional<MirroredSubscription> subscription(String id) {
    return store.subscription(id).filter(s -> !s.deleted());
  }

  /** All live mirrored subscriptions, in id order. */
  public List<MirroredSubscription> subscriptions() {
    return store.subscriptions().stream().filter(s -> !s.deleted()).toList();
  }

  /** Events waiting for their parent. */
  public List<MirrorEvent> deferred() {
    return store.deferred();
  }

  private void retryDeferred() {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (MirrorEvent e : store.deferred()) {
        ApplyResult r = applyOne(e, false);
        if (r.outcome() != Outcome.DEFERRED) {
          store.write(new MirrorWrite(List.of(), List.of(), List.of(), List.of(e)));
          progress |= r.outcome() == Outcome.APPLIED;
        }
      }
    }
  }

  private ApplyResult applyOne(MirrorEvent e, boolean deferIfBlocked) {
    return e.kind().isAccountEvent() ? applyAccount(e, deferIfBlocked) : applySubscription(e, deferIfBlocked);
  }

  private ApplyResult applyAccount(MirrorEvent e, boolean deferIfBlocked) {
    Optional<MirroredAccount> existing = store.account(e.sourceId());
    if (existing.isPresent()) {
      MirroredAccount a = existing.get();
      if (e.version() < a.version()) {
        return result(Outcome.STALE, e, "mirror holds version " + a.version());
      }
      if (e.version() == a.version()) {
        boolean same = e.kind().isDeletion() ? a.deleted() : !a.deleted() && a.state().equals(e.account().get());
        return result(same ? Outcome.DUPLICATE : Outcome.CONFLICT, e,
            same ? "already applied" : "version " + e.version() + " was applied with other content");
      }
    }
    if (e.kind().isDeletion()) {
      if (existing.isEmpty()) {
        return defer(e, deferIfBlocked, "account " + e.sourceId() + " is not mirrored yet");
      }
      MirroredAccount a = existing.get();
      store.write(MirrorWrite.account(a.withSource(a.state(), e.version(), clock.instant(), true)));
      return result(Outcome.APPLIED, e, "deleted");
    }
    AccountState s = e.account().get();
    if (!s.parentId().equals(distributorId)) {
      Optional<MirroredAccount> parent = account(s.parentId());
      if (parent.isEmpty()) {
        return defer(e, deferIfBlocked, "parent account " + s.parentId() + " is not mirrored yet");
      }
      checkParent(s, parent.get().state().kind());
    } else {
      checkParent(s, AccountKind.DISTRIBUTOR);
    }
    MirroredAccount written = existing.map(a -> a.withSource(s, e.version(), clock.instant(), false))
        .orElseGet(() -> new MirroredAccount(e.sourceId(), s, e.version(), clock.instant(), false, Map.of(),
            List.of()));
    store.write(MirrorWrite.account(written));
    return result(Outcome.APPLIED, e, existing.isPresent() ? "updated" : "created");
  }

  private static void checkParent(AccountState s, AccountKind parentKind) {
    if (!s.kind().mayHaveParent(parentKind)) {
      throw new ValidationException("account.parentId", "a " + s.kind() + " cannot sit under a " + parentKind);
    }
  }

  private ApplyResult applySubscription(MirrorEvent e, boolean deferIfBlocked) {
    Optional<MirroredSubscription> existing = store.subscription(e.sourceId());
    if (existing.isPresent()) {
      MirroredSubscription m = existing.get();
      if (e.version() < m.version()) {
        return result(Outcome.STALE, e, "mirror holds version " + m.version());
      }
      if (e.version() == m.version()) {
        boolean same = e.kind().isDeletion() ? m.deleted()
            : !m.deleted() && m.state().equals(e.subscription().get()) && m.lastEvent() == e.kind();
        return result(same ? Outcome.DUPLICATE : Outcome.CONFLICT, e,
            same ? "already applied" : "version " + e.version() + " was applied with other content");
      }
    }
    if (e.kind().isDeletion()) {
      if (existing.isEmpty()) {
        return defer(e, deferIfBlocked, "subscription " + e.sourceId() + " is not mirrored yet");
      }
      MirroredSubscription m = existing.get();
      store.write(MirrorWrite.subscription(m.withSource(m.state(), e.kind(), e.version(), clock.instant(), true)));
      return result(Outcome.APPLIED, e, "deleted");
    }
    SubscriptionState s = e.subscription().get();
    Optional<MirroredAccount> owner = account(s.accountId());
    if (owner.isEmpty()) {
      return defer(e, deferIfBlocked, "account " + s.accountId() + " is not mirrored yet");
    }
    if (owner.get().state().kind() != AccountKind.END_CUSTOMER) {
      throw new ValidationException("subscription.accountId", "must be an end customer, " + s.accountId()
          + " is a " + owner.get().state().kind());
    }
    if (s.isAddOn() && subscription(s.parentSubscriptionId().get()).isEmpty()) {
      return defer(e, deferIfBlocked, "base subscription " + s.parentSubscriptionId().get()
          + " is not mirrored yet");
    }
    MirroredSubscription written = existing
        .map(m -> m.withSource(s, e.kind(), e.version(), clock.instant(), false))
        .orElseGet(() -> new MirroredSubscription(e.sourceId(), s, e.kind(), e.version(), clock.instant(), false,
            Map.of(), List.of()));
    store.write(MirrorWrite.subscription(written));
    return result(Outcome.APPLIED, e, existing.isPresent() ? "updated" : "created");
  }

  private ApplyResult defer(MirrorEvent e, boolean write, String why) {
    if (write) {
      store.write(MirrorWrite.defer(e));
    }
    return result(Outcome.DEFERRED, e, why);
  }

  private static ApplyResult result(Outcome o, MirrorEvent e, String detail) {
    return new ApplyResult(o, e.kind(), e.sourceId(), e.version(), detail);
  }
}
