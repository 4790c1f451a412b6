package io.cspsdk.sync.twotier;

import static io.cspsdk.sync.twotier.ProductDocument.DISTRIBUTOR;
import static io.cspsdk.sync.twotier.ProductDocument.Z;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.sync.job.Heartbeat;
import io.cspsdk.sync.job.Lease;
import io.cspsdk.sync.job.LeaseLostException;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.testing.TestDatabases;
import io.cspsdk.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two distributor nodes on one JDBC mirror (H2 and, in profile {@code postgres}, PostgreSQL): only the holder of the
 * mirror's lease writes; the other is refused until the lease expires (injected clock), then takes over, and the
 * first node's writes are refused from then on.
 */
class MirrorLeaseTest {
  private static final Duration TTL = Duration.ofMinutes(2);

  static Stream<String> databases() {
    return TestDatabases.names().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void twoNodes_secondRefusedWhileFirstHoldsTheLease_takesOverAfterExpiry(String database) {
    FakeClock clock = FakeClock.atDefaultStart();
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcMirrorStore.SCHEMA.apply(db.dataSource());
      JdbcMirrorStore a = new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR, clock);
      JdbcMirrorStore b = new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR, clock);
      Lease leaseA = a.acquireLease(a.leaseKey(), "node-a", TTL);
      TwoTierMirror mirrorA = new TwoTierMirror(DISTRIBUTOR, a.heldBy(leaseA), clock);
      mirrorA.applyAll(ProductDocument.accounts());

      assertThatThrownBy(() -> b.acquireLease(b.leaseKey(), "node-b", TTL))
          .isInstanceOfSatisfying(LeaseRefusedException.class, e -> {
            assertThat(e.holder()).isEqualTo("node-a");
            assertThat(e.expiresAt()).isEqualTo(clock.instant().plus(TTL));
          });
      TwoTierMirror withoutLease = new TwoTierMirror(DISTRIBUTOR,
          b.heldBy(new Lease(b.leaseKey(), "node-b", clock.instant().plus(TTL))), clock);
      assertThatThrownBy(() -> withoutLease.apply(event("s-b", 1))).isInstanceOf(LeaseLostException.class);
      assertThat(b.subscription("s-b")).isEmpty();

      clock.advance(TTL.minusSeconds(1));                 // node A renews in time: still refused
      Heartbeat beatA = Heartbeat.start(a, leaseA, TTL);
      beatA.beat();
      beatA.close();
      assertThat(beatA.lost()).isFalse();
      clock.advance(Duration.ofSeconds(30));
      assertThatThrownBy(() -> b.acquireLease(b.leaseKey(), "node-b", TTL))
          .isInstanceOf(LeaseRefusedException.class);
      mirrorA.apply(event("s-a", 1));

      clock.advance(TTL);                                 // node A stopped renewing: its lease expired
      Lease leaseB = b.acquireLease(b.leaseKey(), "node-b", TTL);
      TwoTierMirror mirrorB = new TwoTierMirror(DISTRIBUTOR, b.heldBy(leaseB), clock);
      assertThat(mirrorB.apply(event("s-b", 1)).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);

      assertThatThrownBy(() -> mirrorA.apply(event("s-a", 2))).isInstanceOf(LeaseLostException.class);
      assertThat(b.subscription("s-a").orElseThrow().version()).isEqualTo(1);
      Heartbeat lateBeat = Heartbeat.start(a, leaseA, TTL);
      lateBeat.beat();
      lateBeat.close();
      assertThat(lateBeat.lost()).isTrue();
      assertThat(new TwoTierMirror(DISTRIBUTOR, b, clock).subscriptions()).extracting(MirroredSubscription::id)
          .containsExactly("s-a", "s-b");

      b.releaseLease(leaseB);                             // released: node A may take it again
      assertThat(a.acquireLease(a.leaseKey(), "node-a", TTL).owner()).isEqualTo("node-a");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void heldBy_leaseOfAnotherKey_isRefusedNamingTheField(String database) {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcMirrorStore store = new JdbcMirrorStore(db.dataSource(), DISTRIBUTOR);

      assertThatThrownBy(() -> store.heldBy(new Lease("discovery:p", "node-a", Instant.EPOCH)))
          .isInstanceOf(ValidationException.class).hasMessageContaining("lease.jobKey");
    }
  }

  private static MirrorEvent event(String id, long version) {
    return MirrorEvent.subscription(version == 1 ? EventKind.CREATED : EventKind.QUANTITY_CHANGED, id, version,
        ProductDocument.T0, ProductDocument.subscription(Z, "P", (int) version));
  }
}
