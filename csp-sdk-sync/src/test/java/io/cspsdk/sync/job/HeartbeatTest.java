package io.cspsdk.sync.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.testkit.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
  private final FakeClock clock = FakeClock.atDefaultStart();
  private final InMemoryJobStore store = new InMemoryJobStore(clock);

  @Test
  void beat_whileHeld_extendsTheLeaseFromNow() {
    Lease lease = store.acquireLease("job", "a", Duration.ofHours(1));
    try (Heartbeat h = Heartbeat.start(store, lease, Duration.ofHours(1))) {
      clock.advance(Duration.ofMinutes(30));
      h.beat();

      assertThat(h.lease().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
      assertThat(h.lost()).isFalse();
    }
  }

  @Test
  void beat_afterAnotherOwnerTookOver_reportsTheLeaseLost() {
    Lease lease = store.acquireLease("job", "a", Duration.ofHours(1));
    try (Heartbeat h = Heartbeat.start(store, lease, Duration.ofHours(1))) {
      clock.advance(Duration.ofHours(2));
      store.acquireLease("job", "b", Duration.ofHours(1));
      h.beat();

      assertThat(h.lost()).isTrue();
    }
  }
}
