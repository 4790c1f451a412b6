package io.cspsdk.sync.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same contract for every request store: in memory, JDBC on H2 and (profile {@code postgres}) PostgreSQL. */
class PurchaseRequestStoreContractTest {
  private final FakeClock clock = FakeClock.atDefaultStart();
  private final Shop shop = new Shop(clock);
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  static Stream<String> stores() {
    List<String> kinds = new ArrayList<>(List.of("memory"));
    TestDatabases.names().forEach(db -> kinds.add("jdbc-" + db));
    return kinds.stream();
  }

  private PurchaseRequestStore store(String kind) {
    if (kind.equals("memory")) {
      return new InMemoryPurchaseRequestStore();
    }
    TestDatabases.TestDatabase db = TestDatabases.fresh(kind.substring(5));
    cleanup.add(db);
    JdbcPurchaseRequestStore.SCHEMA.apply(db.dataSource());
    return new JdbcPurchaseRequestStore(db.dataSource());
  }

  @AfterEach
  void dropDatabases() throws Exception {
    for (AutoCloseable c : cleanup) {
      c.close();
    }
  }

  private TrackedRequest tracked(String key, Instant at) {
    PurchaseRequest r = shop.purchase(key, "contoso", Requester.customer("bob"), Shop.STANDARD, 10).build();
    return TrackedRequest.builder().id(PurchaseApprovals.idFor(key)).request(r).state(RequestState.PENDING_APPROVAL)
        .version(1).submittedAt(at).updatedAt(at).quote(r.quote()).holdReason("self-service request by bob").build();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void insert_thenFind_returnsTheWholeRequestUnchanged(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest t = tracked("k1", clock.instant());

    assertThat(store.insert(t)).isEqualTo(t);
    assertThat(store.find(t.id())).contains(t);
    assertThat(store.find("nope")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void insert_sameIdempotencyKey_returnsTheStoredRequest(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest first = store.insert(tracked("k1", clock.instant()));

    TrackedRequest again = store.insert(tracked("k1", clock.instant().plusSeconds(60)));

    assertThat(again).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void update_nextVersion_isStoredWithDecisionsAndExecutionState(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest t = store.insert(tracked("k1", clock.instant()));
    Instant later = clock.instant().plus(Duration.ofHours(2));

    TrackedRequest next = t.toBuilder().version(2).state(RequestState.EXECUTING).updatedAt(later)
        .holdReason(Optional.empty()).addDecisions(new Decision("anna", later, true, Optional.of("ok")))
        .cartId("cart-1").build();
    store.update(next);
    TrackedRequest done = store.update(next.toBuilder().version(3).state(RequestState.COMPLETED)
        .addOrderIds("order-1").build());

    assertThat(store.find(t.id())).contains(done);
    assertThat(done.quote()).isEqualTo(t.quote());
  }

  @ParameterizedTest
  @MethodSource("stores")
  void update_staleVersion_isRefusedAndKeepsTheStoredOne(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest t = store.insert(tracked("k1", clock.instant()));
    store.update(t.toBuilder().version(2).state(RequestState.APPROVED).build());

    assertThatThrownBy(() -> store.update(t.toBuilder().version(2).state(RequestState.REJECTED).build()))
        .isInstanceOf(StaleRequestException.class)
        .hasMessageContaining("at version 2, expected 1");
    assertThat(store.find(t.id()).orElseThrow().state()).isEqualTo(RequestState.APPROVED);
  }

  @ParameterizedTest
  @MethodSource("stores")
  void list_byState_oldestSubmissionFirst(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest later = store.insert(tracked("later", clock.instant().plusSeconds(10)));
    TrackedRequest earlier = store.insert(tracked("earlier", clock.instant()));
    TrackedRequest approved = store.insert(tracked("approved", clock.instant().plusSeconds(5)));
    store.update(approved.toBuilder().version(2).state(RequestState.APPROVED).build());

    assertThat(store.list(EnumSet.of(RequestState.PENDING_APPROVAL))).extracting(TrackedRequest::id)
        .containsExactly(earlier.id(), later.id());
    assertThat(store.list(EnumSet.of(RequestState.APPROVED, RequestState.EXECUTING))).extracting(TrackedRequest::id)
        .containsExactly(approved.id());
    assertThat(store.list(EnumSet.noneOf(RequestState.class))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("stores")
  void update_seatChangeQuoteWithPreviousQuantity_roundTrips(String kind) {
    PurchaseRequestStore store = store(kind);
    TrackedRequest t = store.insert(tracked("k1", clock.instant()));
    io.cspsdk.billing.quote.Quote seats = t.quote().orElseThrow().toBuilder()
        .kind(io.cspsdk.billing.quote.QuoteKind.SEAT_CHANGE).subscriptionId("sub-1").previousQuantity(8).category("Office 365").build();

    TrackedRequest next = store.update(t.toBuilder().version(2).quote(seats).failure("refused: 800090").build());

    assertThat(store.find(t.id())).contains(next);
  }
}
