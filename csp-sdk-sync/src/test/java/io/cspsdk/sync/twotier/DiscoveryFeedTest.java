package io.cspsdk.sync.twotier;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.sync.discovery.Change;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.DiscoveryScope;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.VerificationSweep;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.sync.twotier.ApplyResult.Outcome;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partner Center's feed end to end over HTTP against the fake: the distributor runs discovery (full, then
 * incremental) over its account with a {@link DiscoveryFeed} as the sink, on every store (mirror and feed state in
 * memory, or both on H2 and, in profile {@code postgres}, PostgreSQL). The product document's hierarchy as Partner
 * Center knows it (no lite resellers there): reseller Cloud Resell with customers X, Y and Z, a second reseller with
 * one customer, and a customer of the distributor's own that is not mirrored.
 */
class DiscoveryFeedTest {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  static final String DEFENDER = "CFQ7TTC0LHWP:0001";
  static final String DISTRIBUTOR = "distributor";
  private final List<AutoCloseable> cleanup = new ArrayList<>();
  private FakeClock clock;
  private FakePartnerCenter fake;
  private PartnerCenterClient pc;
  private final List<ApplyResult> results = Collections.synchronizedList(new ArrayList<>());
  private final List<DiscoveredItem> delivered = Collections.synchronizedList(new ArrayList<>());

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  @BeforeEach
  void start() {
    clock = FakeClock.atDefaultStart();
    fake = FakePartnerCenter.builder().clock(clock).build().start();
    pc = PartnerCenterClient.builder().endpoint(fake.endpoint()).graphEndpoint(fake.graphEndpoint())
        .credential(PartnerCredentials.staticToken("t")).clock(clock).sleeper(clock::advance).noRateLimit().build();
  }

  @AfterEach
  void stop() throws Exception {
    pc.close();
    fake.close();
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  /** A mirror store and a feed store over the same data (JDBC: both in one fresh database). */
  private record Stores(Supplier<MirrorStore> mirror, Supplier<DiscoveryFeedStore> feed) {}

  private Stores stores(String kind) {
    if (kind.equals("memory")) {
      InMemoryMirrorStore m = new InMemoryMirrorStore();
      InMemoryDiscoveryFeedStore f = new InMemoryDiscoveryFeedStore();
      return new Stores(() -> m, () -> f);
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    cleanup.add(db);
    JdbcMirrorStore.SCHEMA.apply(db.dataSource());
    JdbcDiscoveryFeedStore.SCHEMA.apply(db.dataSource());
    return new Stores(() -> new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR),
        () -> new JdbcDiscoveryFeedStore(db.dataSource(), DISTRIBUTOR));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void discovery_fullThenIncremental_appliesExactlyTheChangesWithIncreasingVersions(String kind) {
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String resell = seed.lastResellerId();
    String x = seed.customer("Cloud Customer X").soldThrough("5100001").agreementAccepted()
        .subscription(BASIC, 10).lastCustomerId();
    String sx = seed.lastSubscriptionId();
    String ax = seed.addOn(DEFENDER, 2).lastSubscriptionId();
    String y = seed.customer("Cloud Customer Y").soldThrough("5100001").subscription(BASIC, 3).lastCustomerId();
    String sy = seed.lastSubscriptionId();
    String z = seed.customer("Cloud End-Customer Z").soldThrough("5100001").subscription(BASIC, 2)
        .lastCustomerId();
    String sz = seed.lastSubscriptionId();
    String other = seed.indirectReseller("Other Reseller", "5100002", "US").lastResellerId();
    String w = seed.customer("Other Customer W").soldThrough("5100002").subscription(BASIC, 4).lastCustomerId();
    String sw = seed.lastSubscriptionId();
    String direct = seed.customer("Direct Co").subscription(BASIC, 7).lastCustomerId();
    clock.advance(Duration.ofDays(3));          // the seeding's audit records are older than the overlap day
    Stores stores = stores(kind);
    TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, stores.mirror().get(), clock);
    DiscoveryFeed feed = new DiscoveryFeed(mirror, pc, stores.feed().get(), results::add);
    Discovery discovery = discovery((run, items) -> {
      delivered.addAll(items);
      feed.accept(run, items);
    });

    assertThat(discovery.run().state()).isEqualTo(RunState.COMPLETED);

    assertThat(applied()).containsOnlyKeys(resell, other, x, y, z, w, sx, ax, sy, sz, sw);
    assertThat(applied().get(ax)).isEqualTo(EventKind.ADD_ON_ADDED + " v1");
    assertThat(applied().get(sx)).isEqualTo(EventKind.CREATED + " v1");
    assertThat(mirror.account(direct)).isEmpty();
    assertThat(mirror.hierarchy().path(x)).containsExactly(DISTRIBUTOR, resell, x);
    assertMirrorEqualsPartnerCenter(stores.mirror().get());

    clock.advance(Duration.ofDays(1));
    pc.subscriptions(x).changeQuantity(sx, 12);
    pc.subscriptions(y).cancel(sy);
    pc.subscriptions(z).suspend(sz);
    pc.subscriptions(w).setFriendlyName(sw, "W's seats");          // content the mirror does not hold
    String sold = pc.orders(x).create(NewOrder.builder().referenceCustomerId(x).billingCycle(BillingCycle.of("monthly"))
        .addLineItems(OrderLineItem.builder().lineItemNumber(0).offerId(BASIC).quantity(5)
            .partnerIdOnRecord("5100001").build()).build()).lineItems().get(0).subscriptionId().orElseThrow();
    results.clear();
    delivered.clear();

    assertThat(discovery.run().attributes()).containsEntry("mode", "INCREMENTAL");

    assertThat(applied()).containsExactlyInAnyOrderEntriesOf(Map.of(
        sx, EventKind.QUANTITY_CHANGED + " v2",
        sy, EventKind.CANCELLED + " v2",
        sz, EventKind.SUSPENDED + " v2",
        sold, EventKind.CREATED + " v1"));
    assertThat(results).filteredOn(r -> r.outcome() != Outcome.APPLIED).isNotEmpty()
        .allMatch(r -> r.outcome() == Outcome.DUPLICATE);
    assertThat(delivered).anyMatch(i -> i.key().equals(sw) && i.change() == Change.UPDATED);
    assertThat(mirror.subscription(sw).orElseThrow().version()).isEqualTo(1);
    assertMirrorEqualsPartnerCenter(stores.mirror().get());
    Map<String, Long> versions = versions(stores.mirror().get());
    List<DiscoveredItem> incremental = List.copyOf(delivered);

    results.clear();
    delivered.clear();
    discovery.run();                             // no change on Partner Center: every customer read again

    assertThat(delivered).isNotEmpty().allMatch(i -> i.change() == Change.UNCHANGED);
    assertThat(results).isNotEmpty().allMatch(r -> r.outcome() == Outcome.DUPLICATE);
    assertThat(versions(stores.mirror().get())).isEqualTo(versions);

    results.clear();                             // at least once: the incremental batch again, on a new feed object
    new DiscoveryFeed(new TwoTierMirror(DISTRIBUTOR, stores.mirror().get(), clock), pc, stores.feed().get(),
        results::add).accept(new RunId("replay"), incremental);

    assertThat(results).isNotEmpty().allMatch(r -> r.outcome() == Outcome.DUPLICATE);
    assertThat(versions(stores.mirror().get())).isEqualTo(versions);
    assertThat(stores.feed().get().entry("subscription:" + sx).orElseThrow().version()).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void discovery_customerRemovedAndAddOnCancelled_deletesAndCancelsInTheMirror(String kind) {
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String x = seed.customer("Cloud Customer X").soldThrough("5100001").subscription(BASIC, 10).lastCustomerId();
    String sx = seed.lastSubscriptionId();
    String ax = seed.addOn(DEFENDER, 2).lastSubscriptionId();
    clock.advance(Duration.ofDays(3));
    Stores stores = stores(kind);
    TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, stores.mirror().get(), clock);
    DiscoveryFeed feed = new DiscoveryFeed(mirror, pc, stores.feed().get(), results::add);
    discovery(feed).run();
    clock.advance(Duration.ofDays(1));
    pc.subscriptions(x).cancel(ax);
    results.clear();

    discovery(feed).run();

    assertThat(applied()).containsExactlyEntriesOf(Map.of(ax, EventKind.ADD_ON_CANCELLED + " v2"));
    assertThat(mirror.subscription(ax).orElseThrow().state().status()).isEqualTo(MirrorStatus.CANCELLED);

    results.clear();                             // discovery no longer sees the customer and its subscriptions
    feed.accept(new RunId("r"), List.of(
        removed(ItemKind.SUBSCRIPTION, ax, x), removed(ItemKind.SUBSCRIPTION, sx, x),
        removed(ItemKind.CUSTOMER, x, x), removed(ItemKind.CUSTOMER, x, x)));

    assertThat(results).extracting(r -> r.kind() + " " + r.sourceId() + " v" + r.version() + " " + r.outcome())
        .containsExactly(EventKind.DELETED + " " + ax + " v3 APPLIED", EventKind.DELETED + " " + sx + " v2 APPLIED",
            EventKind.ACCOUNT_DELETED + " " + x + " v2 APPLIED", EventKind.ACCOUNT_DELETED + " " + x + " v2 DUPLICATE");
    assertThat(mirror.account(x)).isEmpty();
    assertThat(mirror.subscriptions()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void mirrorWriteFailingAfterTheVersionWasRecorded_redeliveryAppliesWithThatVersion() throws Exception {
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String x = seed.customer("Cloud Customer X").soldThrough("5100001").subscription(BASIC, 10).lastCustomerId();
    String sx = seed.lastSubscriptionId();
    try (TestDatabases.TestDatabase db = TestDatabases.h2()) {
      JdbcMirrorStore.SCHEMA.apply(db.dataSource());
      JdbcDiscoveryFeedStore.SCHEMA.apply(db.dataSource());
      TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR), clock);
      DiscoveryFeed feed = new DiscoveryFeed(mirror, pc, new JdbcDiscoveryFeedStore(db.dataSource(), DISTRIBUTOR),
          results::add);
      List<DiscoveredItem> batch = List.of(
          new DiscoveredItem(ItemKind.CUSTOMER, x, java.util.Optional.of(x), java.util.Optional.empty(),
              Change.CREATED, java.util.Optional.of(pc.customers().get(x)), "hash-x"),
          new DiscoveredItem(ItemKind.SUBSCRIPTION, sx, java.util.Optional.of(x), java.util.Optional.empty(),
              Change.CREATED, java.util.Optional.of(pc.subscriptions(x).get(sx)), "hash-sx"));
      sql(db, "ALTER TABLE twotier_subscription ADD CONSTRAINT refuse_all CHECK (version < 0)");

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> feed.accept(new RunId("r1"), batch))
          .isInstanceOf(io.cspsdk.sync.store.StoreException.class);
      assertThat(mirror.subscription(sx)).isEmpty();
      sql(db, "ALTER TABLE twotier_subscription DROP CONSTRAINT refuse_all");
      results.clear();
      feed.accept(new RunId("r1"), batch);                      // discovery delivers the batch again

      assertThat(applied()).containsExactlyEntriesOf(Map.of(sx, EventKind.CREATED + " v1"));
      assertThat(mirror.subscription(sx).orElseThrow().version()).isEqualTo(1);
      results.clear();
      feed.accept(new RunId("r2"), batch);
      assertThat(results).isNotEmpty().allMatch(r -> r.outcome() == Outcome.DUPLICATE);
    }
  }

  @org.junit.jupiter.api.Test
  void customerWithoutReseller_isMirroredUnderTheResellerItsSubscriptionIsAttributedTo() {
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    String resell = seed.lastResellerId();
    String direct = seed.customer("Direct Co").subscription(BASIC, 7).attributedTo("5100001").lastCustomerId();
    String attributed = seed.lastSubscriptionId();
    String own = seed.subscription(BASIC, 1).attributedTo(null).lastSubscriptionId();
    TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, new InMemoryMirrorStore(), clock);
    DiscoveryFeed feed = new DiscoveryFeed(mirror, pc, new InMemoryDiscoveryFeedStore(), results::add);

    discovery(feed).run();

    assertThat(mirror.hierarchy().path(direct)).containsExactly(DISTRIBUTOR, resell, direct);
    assertThat(mirror.subscription(attributed)).isPresent();
    assertThat(mirror.subscription(own)).isPresent();           // the customer's: the mirror holds what it bills
    assertThat(new AttributionCheck(mirror).run(pc).mismatches()).isNotEmpty();   // reported, not resolved
  }

  @org.junit.jupiter.api.Test
  void customerOfAResellerThePartnerDoesNotHave_failsTheBatchAndMirrorsNothing() {
    fake.seed().indirectReseller("Cloud Resell", "5100001", "GR");
    TwoTierMirror mirror = new TwoTierMirror(DISTRIBUTOR, new InMemoryMirrorStore(), clock);
    DiscoveryFeed feed = new DiscoveryFeed(mirror, pc, new InMemoryDiscoveryFeedStore(), results::add);
    io.cspsdk.core.model.Customer stray = io.cspsdk.core.model.Customer.builder().id("c-stray")
        .associatedPartnerId("6a1d0000-0000-4000-8000-00000000beef").build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> feed.accept(new RunId("r"), List.of(new DiscoveredItem(
            ItemKind.CUSTOMER, "c-stray", java.util.Optional.of("c-stray"), java.util.Optional.empty(),
            Change.CREATED, java.util.Optional.of(stray), "h"))))
        .isInstanceOf(UnknownResellerException.class).hasMessageContaining("6a1d0000-0000-4000-8000-00000000beef");
    assertThat(mirror.hierarchy().children(DISTRIBUTOR)).isEmpty();
    assertThat(results).isEmpty();

    io.cspsdk.core.model.Customer byMpn = io.cspsdk.core.model.Customer.builder().id("c-mpn")
        .associatedPartnerId("5100001").build();                  // the reseller named by its MPN id instead
    feed.accept(new RunId("r"), List.of(new DiscoveredItem(ItemKind.CUSTOMER, "c-mpn",
        java.util.Optional.of("c-mpn"), java.util.Optional.empty(), Change.CREATED, java.util.Optional.of(byMpn),
        "h")));
    assertThat(mirror.hierarchy().resellerOf("c-mpn").flatMap(a -> a.state().mpnId())).contains("5100001");
  }

  private static void sql(TestDatabases.TestDatabase db, String sql) throws Exception {
    try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static DiscoveredItem removed(ItemKind kind, String key, String customer) {
    return new DiscoveredItem(kind, key, java.util.Optional.of(customer), java.util.Optional.empty(), Change.REMOVED,
        java.util.Optional.empty(), "h");
  }

  private Discovery discovery(io.cspsdk.sync.discovery.DiscoverySink sink) {
    return Discovery.builder().client(pc).partnerId(DISTRIBUTOR).store(jobs).sink(sink).concurrency(4)
        .scope(DiscoveryScope.of(ItemKind.CUSTOMER, ItemKind.SUBSCRIPTION)).verificationSweep(VerificationSweep.everyRun())
        .clock(clock).build();
  }

  private final InMemoryJobStore jobs = new InMemoryJobStore();

  /** The applied events by source id: kind and version (each id applied once per run). */
  private Map<String, String> applied() {
    synchronized (results) {
      List<ApplyResult> applied = results.stream().filter(r -> r.outcome() == Outcome.APPLIED).toList();
      assertThat(applied).extracting(ApplyResult::sourceId).doesNotHaveDuplicates();
      Map<String, String> out = new LinkedHashMap<>();
      applied.forEach(r -> out.put(r.sourceId(), r.kind() + " v" + r.version()));
      return out;
    }
  }

  /** The version of every account and subscription in the store, tombstones included. */
  private static Map<String, Long> versions(MirrorStore store) {
    Map<String, Long> out = new LinkedHashMap<>();
    store.accounts().forEach(a -> out.put(a.id(), a.version()));
    store.subscriptions().forEach(s -> out.put(s.id(), s.version()));
    return out;
  }

  private void assertMirrorEqualsPartnerCenter(MirrorStore store) {
    SourceSnapshot pcNow = new PartnerCenterSource(pc, DISTRIBUTOR).snapshot();
    assertThat(store.subscriptions().stream().filter(m -> !m.deleted())
        .collect(Collectors.toMap(MirroredSubscription::id, MirroredSubscription::state)))
        .isEqualTo(pcNow.subscriptions());
    assertThat(store.accounts().stream().filter(a -> !a.deleted())
        .collect(Collectors.toMap(MirroredAccount::id, MirroredAccount::state))).isEqualTo(pcNow.accounts());
  }
}
