package io.cspsdk.sync.twotier;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The feed's versions on every store: in memory, JDBC on H2 and (profile {@code postgres}) PostgreSQL. */
class DiscoveryFeedStoreContractTest {
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  private Supplier<DiscoveryFeedStore> stores(String kind) {
    if (kind.equals("memory")) {
      InMemoryDiscoveryFeedStore one = new InMemoryDiscoveryFeedStore();
      return () -> one;
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    cleanup.add(db);
    JdbcDiscoveryFeedStore.SCHEMA.apply(db.dataSource());
    return () -> new JdbcDiscoveryFeedStore(db.dataSource(), "distributor");
  }

  @AfterEach
  void drop() throws Exception {
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  @ParameterizedTest
  @MethodSource("stores")
  void record_versionRisesOnlyWhenTheHashChangesAndANewVersionIsAsked(String kind) {
    Supplier<DiscoveryFeedStore> stores = stores(kind);
    DiscoveryFeedStore store = stores.get();

    assertThat(store.record("subscription:s", "h1", EventKind.CREATED, true).version()).isEqualTo(1);
    assertThat(store.record("subscription:s", "h1", EventKind.QUANTITY_CHANGED, true))   // replayed: unchanged
        .isEqualTo(new DiscoveryFeedStore.Entry("subscription:s", "h1", 1, EventKind.CREATED));
    assertThat(store.record("subscription:s", "h2", EventKind.UPDATED, false))           // not mirrored content
        .isEqualTo(new DiscoveryFeedStore.Entry("subscription:s", "h2", 1, EventKind.CREATED));
    assertThat(store.record("subscription:s", "h3", EventKind.QUANTITY_CHANGED, true))
        .isEqualTo(new DiscoveryFeedStore.Entry("subscription:s", "h3", 2, EventKind.QUANTITY_CHANGED));
    assertThat(store.record("subscription:other", "h3", EventKind.CREATED, true).version()).isEqualTo(1);

    DiscoveryFeedStore reopened = stores.get();
    assertThat(reopened.entry("subscription:s"))
        .contains(new DiscoveryFeedStore.Entry("subscription:s", "h3", 2, EventKind.QUANTITY_CHANGED));
    assertThat(reopened.entry("subscription:none")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void record_sameKeyFromEightThreadsAtOnce_createsOneVersionEveryoneSees(String kind) throws Exception {
    Supplier<DiscoveryFeedStore> stores = stores(kind);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        String key = "reseller:r" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DiscoveryFeedStore.Entry>> all = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          DiscoveryFeedStore store = stores.get();
          Callable<DiscoveryFeedStore.Entry> call = () -> {
            start.await();
            return store.record(key, "h", EventKind.ACCOUNT_UPSERTED, true);
          };
          all.add(pool.submit(call));
        }
        start.countDown();
        for (Future<DiscoveryFeedStore.Entry> f : all) {
          assertThat(f.get()).isEqualTo(new DiscoveryFeedStore.Entry(key, "h", 1, EventKind.ACCOUNT_UPSERTED));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
