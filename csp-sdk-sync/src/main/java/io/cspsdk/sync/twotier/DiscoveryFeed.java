package io.cspsdk.sync.twotier;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.sync.discovery.Change;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.twotier.internal.FeedEvents;
import io.cspsdk.sync.twotier.internal.ResellerLookup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Partner Center as the distributor sees it, as an event source: a {@link DiscoverySink} that turns discovery's
 * items (full import, then incremental runs) into {@link MirrorEvent}s applied to a {@link TwoTierMirror}. Run
 * discovery over the distributor's account with scope {@code CUSTOMER, SUBSCRIPTION} and this as its sink.
 *
 * <ul>
 *   <li>A customer of an indirect reseller (its {@code associatedPartnerId}, else its partner relationship) becomes
 *   {@link EventKind#ACCOUNT_UPSERTED} under that reseller (id = tenant id), whose own account is mirrored first from
 *   the distributor's indirect resellers. A customer with no reseller is the distributor's own and is not mirrored,
 *   unless one of its subscriptions carries a reseller's MPN id as {@code partnerId}.</li>
 *   <li>A subscription becomes {@code CREATED} / {@code ADD_ON_ADDED} when first seen, then
 *   {@code CANCELLED} / {@code ADD_ON_CANCELLED}, {@code SUSPENDED}, {@code QUANTITY_CHANGED}, {@code RENEWED} (term
 *   end moved on) or {@code UPDATED} (anything else the mirror holds) by what changed; one not yet provisioned
 *   (without dates or seats) waits.</li>
 *   <li>{@link Change#REMOVED} becomes {@code DELETED} / {@code ACCOUNT_DELETED}.</li>
 * </ul>
 *
 * <p>Versions come from the {@link DiscoveryFeedStore}: they rise only when an item's content hash changes, so an
 * item delivered again yields the same event and the mirror answers {@code DUPLICATE}; the version is recorded
 * before the event is applied, so an item redelivered after a crash in between applies then. Content changes the
 * mirror does not hold (e.g. a friendly name) record the new hash without a new version. Thread-safe: discovery's
 * parallel customers are applied concurrently, one item of the same key at a time.
 */
public final class DiscoveryFeed implements DiscoverySink {
  private static final int STRIPES = 64;

  private final TwoTierMirror mirror;
  private final DiscoveryFeedStore store;
  private final ResellerLookup resellers;
  private final PartnerCenterClient pc;
  private final Consumer<ApplyResult> listener;
  private final Object[] locks = new Object[STRIPES];

  /** Applies to {@code mirror}, reads resellers and relationships through {@code pc}, versions in {@code store}. */
  public DiscoveryFeed(TwoTierMirror mirror, PartnerCenterClient pc, DiscoveryFeedStore store) {
    this(mirror, pc, store, r -> { });
  }

  /** As {@link #DiscoveryFeed(TwoTierMirror, PartnerCenterClient, DiscoveryFeedStore)}, telling every result. */
  public DiscoveryFeed(TwoTierMirror mirror, PartnerCenterClient pc, DiscoveryFeedStore store,
                       Consumer<ApplyResult> listener) {
    this.mirror = Objects.requireNonNull(mirror, "mirror");
    this.pc = Objects.requireNonNull(pc, "pc");
    this.store = Objects.requireNonNull(store, "store");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.resellers = new ResellerLookup(pc);
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  @Override
  public void accept(RunId runId, List<DiscoveredItem> items) {
    for (DiscoveredItem item : items) {
      if (item.kind() == ItemKind.CUSTOMER) {
        customer(item);
      } else if (item.kind() == ItemKind.SUBSCRIPTION) {
        subscription(item);
      }
    }
  }

  private void customer(DiscoveredItem item) {
    String key = item.qualifiedKey();
    if (item.change() == Change.REMOVED) {
      removed(key, item.key(), EventKind.ACCOUNT_DELETED);
      return;
    }
    Customer c = item.valueAs(Customer.class);
    Optional<String> reseller = c.associatedPartnerId().filter(id -> !id.isBlank())
        .or(() -> pc.relationships().ofCustomer(c.id()).stream().map(PartnerRelationship::id).findFirst());
    if (reseller.isEmpty()) {
      return;                                   // the distributor's own customer (unless a subscription says not)
    }
    upsertCustomer(c, reseller.get(), key, item.contentHash());
  }

  private void upsertCustomer(Customer c, String resellerId, String key, String hash) {
    // Partner Center documents associatedPartnerId as "the indirect reseller" without its format: tenant id (as the
    // relationship endpoints use) or else MPN id
    PartnerRelationship r = resellers.byTenantId(resellerId).or(() -> resellers.byMpnId(resellerId))
        .orElseThrow(() -> new UnknownResellerException("customer " + c.id() + " belongs to reseller " + resellerId
            + ", which is not among the distributor's indirect resellers"));
    reseller(r);
    String name = c.companyProfile().flatMap(CompanyProfile::companyName).orElse(c.id());
    AccountState state = AccountState.endCustomer(r.id(), name, "", "", c.id());
    apply(key, hash, () -> EventKind.ACCOUNT_UPSERTED, () -> mirror.account(c.id())
        .map(a -> !a.state().equals(state)).orElse(true), v -> MirrorEvent.account(c.id(), v.version(),
        mirror.clock().instant(), state));
  }

  private void reseller(PartnerRelationship r) {
    AccountState state = ResellerLookup.state(r, mirror.distributorId());
    apply("reseller:" + r.id(), ResellerLookup.hash(state), () -> EventKind.ACCOUNT_UPSERTED,
        () -> mirror.account(r.id()).map(a -> !a.state().equals(state)).orElse(true),
        v -> MirrorEvent.account(r.id(), v.version(), mirror.clock().instant(), state));
  }

  private void subscription(DiscoveredItem item) {
    String key = item.qualifiedKey();
    if (item.change() == Change.REMOVED) {
      removed(key, item.key(), EventKind.DELETED);
      return;
    }
    Subscription s = item.valueAs(Subscription.class);
    String customerId = item.customerId().orElseThrow(() -> new IllegalArgumentException(
        "subscription " + s.id() + " was delivered without its customer"));
    Optional<SubscriptionState> state = PartnerCenterSource.state(customerId, s);
    if (state.isEmpty()) {
      return;                                   // not provisioned yet: its content changes when it is
    }
    if (mirror.account(customerId).isEmpty()) {
      Optional<PartnerRelationship> r = s.partnerId().flatMap(resellers::byMpnId);
      if (r.isEmpty()) {
        return;                                 // a subscription of the distributor's own customer
      }
      Customer c = pc.customers().get(customerId);
      upsertCustomer(c, r.get().id(), "customer:" + customerId, "attributed:" + r.get().id());
    }
    SubscriptionState next = state.get();
    apply(key, item.contentHash(), () -> FeedEvents.kind(mirror.subscription(s.id())
            .map(MirroredSubscription::state), next),
        () -> mirror.subscription(s.id()).map(m -> !m.state().equals(next)).orElse(true),
        v -> MirrorEvent.subscription(v.kind(), s.id(), v.version(), mirror.clock().instant(), next));
  }

  private void removed(String key, String id, EventKind kind) {
    synchronized (lock(key)) {
      if (store.entry(key).isEmpty()) {
        return;                                 // never mirrored
      }
      DiscoveryFeedStore.Entry v = store.record(key, "removed", kind, true);
      listener.accept(mirror.apply(kind == EventKind.DELETED ? MirrorEvent.deleted(id, v.version(),
          mirror.clock().instant()) : MirrorEvent.accountDeleted(id, v.version(), mirror.clock().instant())));
    }
  }

  /**
   * Records the item's hash (a new version when the mirrored state changes), then applies its event; the kind and
   * the change are read from the mirror under the key's lock.
   */
  private void apply(String key, String hash, Supplier<EventKind> kind, BooleanSupplier changed,
                     Function<DiscoveryFeedStore.Entry, MirrorEvent> event) {
    synchronized (lock(key)) {
      DiscoveryFeedStore.Entry v = store.record(key, hash, kind.get(), changed.getAsBoolean());
      listener.accept(mirror.apply(event.apply(v)));
    }
  }

  private Object lock(String key) {
    return locks[Math.floorMod(key.hashCode(), STRIPES)];
  }
}
