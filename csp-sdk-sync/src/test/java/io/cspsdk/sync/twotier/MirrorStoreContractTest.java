package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.twotier.ProductDocument.DISTRIBUTOR;
import static io.cspsdk.sync.twotier.ProductDocument.T0;
import static io.cspsdk.sync.twotier.ProductDocument.X;
import static io.cspsdk.sync.twotier.ProductDocument.Z;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.store.StoreException;
import io.cspsdk.sync.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mirror on every store: in memory, JDBC on H2 and (profile {@code postgres}) PostgreSQL. */
class MirrorStoreContractTest {
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  /** A factory of stores over the same data (a JDBC store reopened sees what the last one wrote). */
  private Supplier<MirrorStore> stores(String kind) {
    if (kind.equals("memory")) {
      InMemoryMirrorStore one = new InMemoryMirrorStore();
      return () -> one;
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    cleanup.add(db);
    JdbcMirrorStore.SCHEMA.apply(db.dataSource());
    return () -> new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR);
  }

  @AfterEach
  void drop() throws Exception {
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  private static TwoTierMirror mirror(MirrorStore store) {
    return new TwoTierMirror(DISTRIBUTOR, store, Clock.fixed(T0, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void mirror_writtenThenReopened_keepsStateVersionsTombstonesDeferredAndDistributorData(String kind) {
    Supplier<MirrorStore> stores = stores(kind);
    TwoTierMirror first = mirror(stores.get());
    first.apply(MirrorEvent.subscription(EventKind.CREATED, "early", 1, T0, ProductDocument.subscription(Z, "P", 1)));
    first.applyAll(ProductDocument.accounts().subList(0, 3));        // reseller, lite, X (not Y, Z)
    SubscriptionState s = ProductDocument.addOn(X, "s1", "Add-on", 3);
    first.apply(MirrorEvent.subscription(EventKind.CREATED, "s1", 1, T0,
        ProductDocument.subscription(X, "Microsoft 365 Business Basic", 3)));
    first.apply(MirrorEvent.subscription(EventKind.ADD_ON_ADDED, "a1", 1, T0, s));
    first.apply(MirrorEvent.deleted("a1", 2, T0));
    first.distributor().attachToSubscription("s1", AttachmentKind.DOCUMENT, "contract.pdf");
    first.distributor().updateAccount(X, Map.of("accountManager", "Eleni"));

    TwoTierMirror reopened = mirror(stores.get());

    assertThat(reopened.subscription("s1").orElseThrow().attachments()).extracting(Attachment::text)
        .containsExactly("contract.pdf");
    assertThat(reopened.subscription("s1").orElseThrow().state().characteristics())
        .containsEntry("domain", X + ".example");
    assertThat(reopened.account(X).orElseThrow().localFields()).containsEntry("accountManager", "Eleni");
    assertThat(reopened.subscription("a1")).isEmpty();
    assertThat(reopened.apply(MirrorEvent.subscription(EventKind.ADD_ON_ADDED, "a1", 1, T0, s)).outcome())
        .isEqualTo(ApplyResult.Outcome.STALE);
    assertThat(reopened.deferred()).extracting(MirrorEvent::sourceId).containsExactly("early");
    reopened.applyAll(ProductDocument.accounts());                  // Z arrives: the deferred event applies
    assertThat(reopened.subscription("early")).isPresent();
    assertThat(mirror(stores.get()).deferred()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void deferred_sameEventTwice_isKeptOnce(String kind) {
    TwoTierMirror m = mirror(stores(kind).get());
    MirrorEvent e = MirrorEvent.subscription(EventKind.CREATED, "s", 1, T0, ProductDocument.subscription(Z, "P", 1));

    m.apply(e);
    m.apply(e);

    assertThat(m.deferred()).containsExactly(e);
  }

  @Test
  void jdbcWrite_failingHalfway_writesNothing() throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.h2()) {
      DataSource ds = db.dataSource();
      JdbcMirrorStore.SCHEMA.apply(ds);
      JdbcMirrorStore store = new JdbcMirrorStore(ds, DISTRIBUTOR);
      mirror(store).applyAll(ProductDocument.accounts());
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("DROP TABLE twotier_deferred");
      }
      MirroredAccount x = store.account(X).orElseThrow();
      MirrorEvent deferred = MirrorEvent.deleted("nobody", 1, T0);

      assertThatThrownBy(() -> store.write(new MirrorWrite(List.of(x.withLocal(Map.of("notes", "n"), List.of())),
          List.of(), List.of(deferred), List.of()))).isInstanceOf(StoreException.class);

      assertThat(store.account(X).orElseThrow().localFields()).isEmpty();
    }
  }
}
