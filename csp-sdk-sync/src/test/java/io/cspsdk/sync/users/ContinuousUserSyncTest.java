package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ContinuousUserSyncTest extends UserSyncFixture {

  @Test
  void runDue_picksUpAChangeMadeInPartnerCenterBetweenTwoTicks() {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    UserSync sync = sync();
    ContinuousUserSync loop = ContinuousUserSync.builder(sync, List.of(customer)).clock(clock)
        .interval(Duration.ofMinutes(10)).build();

    assertThat(loop.runDue()).singleElement().satisfies(s -> assertThat(s.result().orElseThrow().allSucceeded())
        .isTrue());
    pc.users(customer).update(id, UserUpdate.builder().displayName("Adele Vance").build());
    clock.advance(Duration.ofMinutes(9));
    assertThat(loop.runDue()).isEmpty();
    assertThat(dirUser("adele").displayName()).isEqualTo("Adele Test");

    clock.advance(Duration.ofMinutes(1));
    List<CustomerSyncStatus> ran = loop.runDue();
    assertThat(ran).singleElement().satisfies(s -> {
      assertThat(s.result().orElseThrow().outcomes()).extracting(o -> o.step().kind())
          .containsExactly(StepKind.UPDATE_USER);
      assertThat(s.nextRunAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    });
    assertThat(dirUser("adele").displayName()).isEqualTo("Adele Vance");
    assertThat(loop.lastStatus(customer)).contains(ran.get(0));
  }

  @Test
  void start_loopsOnTheInjectedSleeperUntilStopped() throws Exception {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    List<Duration> waits = new CopyOnWriteArrayList<>();
    CountDownLatch secondRoundDone = new CountDownLatch(1);
    ContinuousUserSync loop = ContinuousUserSync.builder(sync(), List.of(customer)).clock(clock)
        .interval(Duration.ofMinutes(5))
        .sleeper(d -> {
          waits.add(d);
          if (waits.size() == 1) {
            // between the first and the second round, someone edits the user in Partner Center
            pc.users(customer).update(id, UserUpdate.builder().displayName("Edited Between Ticks").build());
            clock.advance(d);
          } else {
            secondRoundDone.countDown();
            new CountDownLatch(1).await();
          }
        }).build();
    loop.start();
    assertThat(secondRoundDone.await(30, TimeUnit.SECONDS)).isTrue();
    loop.stop();
    assertThat(waits).hasSize(2).allMatch(d -> d.equals(Duration.ofMinutes(5)));
    assertThat(dirUser("adele").displayName()).isEqualTo("Edited Between Ticks");
  }

  @Test
  void runDue_planAboveTheDeletionThreshold_waitsForAnAllowance() {
    for (int i = 0; i < 3; i++) {
      seedPc("user" + i);
    }
    UserSync sync = sync();
    converge(sync);
    pc.users(customer).delete(pcUser("user0").id());
    ContinuousUserSync loop = ContinuousUserSync.builder(sync, List.of(customer)).clock(clock).build();
    CustomerSyncStatus s = loop.runDue().get(0);
    assertThat(s.waitingForDeletionAllowance()).isTrue();
    assertThat(s.result()).isEmpty();
    assertThat(dirUser("user0").enabled()).isTrue();
  }

  @Test
  void runDue_leaseHeldByAnotherNode_skipsTheCustomerUntilItIsFree() {
    put("alex", "Alex");
    io.cspsdk.sync.store.InMemoryJobStore store = new io.cspsdk.sync.store.InMemoryJobStore(clock);
    store.acquireLease("user-sync:" + customer, "node-b", Duration.ofMinutes(3));
    ContinuousUserSync loop = ContinuousUserSync.builder(sync(), List.of(customer)).clock(clock)
        .interval(Duration.ofMinutes(5)).leases(store, "node-a").build();
    CustomerSyncStatus skipped = loop.runDue().get(0);
    assertThat(skipped.error()).hasValueSatisfying(e -> assertThat(e).startsWith("skipped:"));
    assertThat(pcUsers()).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    CustomerSyncStatus ran = loop.runDue().get(0);
    assertThat(ran.result().orElseThrow().allSucceeded()).isTrue();
    assertThat(pcUsers()).hasSize(1);
    store.acquireLease("user-sync:" + customer, "node-b", Duration.ofMinutes(3));
  }

  @Test
  void runDue_withJitter_schedulesTheNextRoundWithinTheJitter() {
    ContinuousUserSync loop = ContinuousUserSync.builder(sync(), List.of(customer)).clock(clock)
        .interval(Duration.ofMinutes(10)).jitter(Duration.ofMinutes(2), 7).build();
    Instant now = clock.instant();
    Instant next = loop.runDue().get(0).nextRunAt();
    assertThat(next).isBetween(now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(12)));
  }

  @Test
  void runDue_failingRound_isReportedInTheStatus() {
    fake.faults().on("GET", "/customers/*/users").status(403).once();
    List<String> failures = new CopyOnWriteArrayList<>();
    UserSync sync = UserSync.builder(pc, dir).links(links).clock(clock).passwordDelivery((c, u, side, p) -> { })
        .listener(new UserSyncListener() {
          @Override
          public void syncFailed(String customerId, RuntimeException error) {
            failures.add(customerId + " " + error.getClass().getSimpleName());
          }
        }).build();
    ContinuousUserSync loop = ContinuousUserSync.builder(sync, List.of(customer)).clock(clock).build();
    CustomerSyncStatus s = loop.runDue().get(0);
    assertThat(s.error()).hasValueSatisfying(e -> assertThat(e).startsWith("ForbiddenException"));
    assertThat(failures).containsExactly(customer + " ForbiddenException");
  }
}
