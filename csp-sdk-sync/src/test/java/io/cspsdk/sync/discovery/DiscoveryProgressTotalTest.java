package io.cspsdk.sync.discovery;

import static io.cspsdk.sync.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.Partner;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A full run knows how many customers it will visit from Partner Center's {@code totalCount} while the customer
 * listing is still being read; an incremental run knows it once the listing has been read.
 */
class DiscoveryProgressTotalTest {
  private final Partner partner = Partner.withoutInvoices(6, 3);

  @AfterEach
  void close() {
    partner.close();
  }

  @Test
  void fullRun_totalIsPartnerCentersCountBeforeTheListingIsRead_andExactAtTheEnd() {
    CountDownLatch inSink = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    Discovery discovery = Discovery.builder().client(partner.client).partnerId("p").store(new InMemoryJobStore())
        .concurrency(1).clock(partner.clock).sink((runId, items) -> {
          if (held.compareAndSet(false, true)) {
            inSink.countDown();
            await(release);
          }
        }).build();

    DiscoveryRun run = discovery.start();
    await(inSink);
    // one customer at a time: the listing loop waits for the first customer, held in the sink
    DiscoveryProgress early = run.progress();
    release.countDown();

    assertThat(run.await().state()).isEqualTo(RunState.COMPLETED);
    assertThat(early.customersDone()).isZero();
    assertThat(early.customersTotal()).isEqualTo(OptionalLong.of(6));
    assertThat(run.progress().customersTotal()).isEqualTo(OptionalLong.of(6));
    assertThat(run.progress().customersDone()).isEqualTo(6);
  }

  @Test
  void incrementalRun_totalIsUnknownUntilTheListingIsRead() {
    InMemoryJobStore store = new InMemoryJobStore();
    Discovery.builder().client(partner.client).partnerId("p").store(store).clock(partner.clock)
        .sink((runId, items) -> { }).build().run();
    CountDownLatch inSink = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    Discovery incremental = Discovery.builder().client(partner.client).partnerId("p").store(store)
        .concurrency(1).clock(partner.clock).sink((runId, items) -> {
          if (held.compareAndSet(false, true)) {
            inSink.countDown();
            await(release);
          }
        }).verificationSweep(VerificationSweep.everyRun()).build();

    DiscoveryRun run = incremental.start();
    await(inSink);
    DiscoveryProgress early = run.progress();
    release.countDown();

    assertThat(run.await().state()).isEqualTo(RunState.COMPLETED);
    assertThat(early.mode()).isEqualTo(DiscoveryMode.INCREMENTAL);
    assertThat(early.customersTotal()).isEmpty();
    assertThat(run.progress().customersTotal()).isPresent();
  }
}
