package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.sync.job.ItemFailure;
import io.cspsdk.sync.job.LeaseRefusedException;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.CorruptCheckpointException;
import io.cspsdk.sync.store.FileJobStore;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.Mirror;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryFailuresTest {
  private final Partner partner = Partner.withoutInvoices(12, 5);
  private final DataSource ds = Mirror.h2();
  private final List<String> events = new CopyOnWriteArrayList<>();
  @TempDir
  Path dir;

  @AfterEach
  void close() {
    partner.close();
  }

  private Discovery.Builder discovery() {
    return Discovery.builder().client(partner.client).partnerId("p").sink(new JdbcMirrorSink(ds, partner.clock))
        .concurrency(3).clock(partner.clock).listener(new DiscoveryListener() {
          @Override
          public void onStateChanged(RunRecord run, RunState previous) {
            events.add(previous + "->" + run.state());
          }

          @Override
          public void onFailure(RunId runId, ItemFailure failure) {
            events.add("failure " + failure.kind() + " " + failure.key() + " " + failure.category());
          }
        });
  }

  @Test
  void run_customerAnswering403_recordsThatCustomerAndCompletesTheRest() {
    String lost = partner.customerIds.get(4);
    partner.fake.faults().on("GET", "/customers/" + lost + "/users").status(403).always();

    RunRecord run = discovery().store(new InMemoryJobStore()).build().run();

    assertThat(run.state()).isEqualTo(RunState.COMPLETED);
    assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "failure customer " + lost + " PARTITION",
        "IN_PROGRESS->COMPLETED");
    assertThat(run.counters().of("customer").failed()).isEqualTo(1);
    assertThat(Snapshot.count(ds, "SELECT COUNT(*) FROM pc_user WHERE customer_id = '" + lost + "'")).isZero();
    assertThat(Snapshot.count(ds, "SELECT COUNT(DISTINCT customer_id) FROM pc_user")).isEqualTo(11);
    assertThat(run.counters().of("user").imported())
        .isEqualTo(Snapshot.count(ds, "SELECT COUNT(*) FROM pc_user"));
  }

  @Test
  void run_unreadableSubscriptionRecord_isRecordedWithARedactedExcerptAndTheRestOfThePageIsImported() {
    String customer = partner.customerIds.get(2);
    List<String> subscriptionIds = partner.client.subscriptions(customer).list().stream()
        .map(io.cspsdk.core.model.Subscription::id).toList();
    assertThat(subscriptionIds).hasSizeGreaterThan(1);
    partner.fake.faults().on("GET", "/customers/" + customer + "/subscriptions").malformedRecord(1,
        java.util.Map.of("quantity", "many", "partnerAccessToken", "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0",
            "notes", "https://blob.example/e?sv=2023&sig=U0FTc2lnbmF0dXJl&se=2")).always();
    List<ItemFailure> failures = new CopyOnWriteArrayList<>();

    Discovery discovery = discovery().store(new io.cspsdk.sync.store.JdbcJobStore(ds, partner.clock))
        .listener(new DiscoveryListener() {
          @Override
          public void onFailure(RunId runId, ItemFailure failure) {
            failures.add(failure);
          }
        }).build();
    RunRecord run = discovery.run();

    assertThat(run.state()).isEqualTo(RunState.COMPLETED);
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo("subscription");
      assertThat(f.key()).isEqualTo(customer + "/subscriptions/items[1].quantity");
      assertThat(f.category()).isEqualTo(io.cspsdk.sync.job.FailureCategory.RECORD);
      assertThat(f.rawPayload()).get().asString().contains("\"id\":\"" + subscriptionIds.get(1) + "\"",
          "\"quantity\":\"many\"", "\"partnerAccessToken\":\"****\"", "sig=****&se=2")
          .doesNotContain("eyJhbGciOiJSUzI1NiJ9", "U0FTc2lnbmF0dXJl");
      assertThat(f.reason()).doesNotContain("eyJhbGciOiJSUzI1NiJ9", "U0FTc2lnbmF0dXJl");
    });
    // the failure is stored with the run (JDBC job store), payload excerpt included
    assertThat(discovery.failures(run.runId())).containsExactlyElementsOf(failures);
    assertThat(events).containsExactly("NOT_STARTED->IN_PROGRESS", "failure subscription " + customer
        + "/subscriptions/items[1].quantity RECORD", "IN_PROGRESS->COMPLETED");
    List<String> imported = Snapshot.strings(ds, "SELECT item_key FROM pc_subscription WHERE customer_id = '" + customer
        + "'");
    List<String> expected = new java.util.ArrayList<>(subscriptionIds);
    expected.remove(1);
    assertThat(imported).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(run.counters().of("subscription").failed()).isEqualTo(1);
    assertThat(run.counters().of("customer").failed()).isZero();
    assertThat(run.counters().of("subscription").imported())
        .isEqualTo(Snapshot.count(ds, "SELECT COUNT(*) FROM pc_subscription"));
    assertThat(Snapshot.count(ds, "SELECT COUNT(DISTINCT customer_id) FROM pc_user")).isEqualTo(12);
  }

  @Test
  void run_moreUnreadableRecordsThanThePolicyAllows_endsInError() {
    partner.fake.faults().on("GET", "/customers/*/users").malformedRecord(0, java.util.Map.of("userPrincipalName",
        java.util.Map.of("not", "a string"))).always();

    RunRecord run = discovery().store(new InMemoryJobStore()).failurePolicy(new FailurePolicy(false, 2, 3)).build()
        .run();

    assertThat(run.state()).isEqualTo(RunState.ERROR);
    assertThat(run.error()).get().asString().contains("more than 2 unreadable records");
  }

  @Test
  void run_failFastPolicy_endsInErrorAtTheFirstFailedCustomer() {
    partner.fake.faults().on("GET", "/customers/" + partner.customerIds.get(0) + "/subscriptions").status(404)
        .always();

    RunRecord run = discovery().store(new InMemoryJobStore()).failurePolicy(FailurePolicy.stopAtFirstFailure())
        .build().run();

    assertThat(run.state()).isEqualTo(RunState.ERROR);
    assertThat(run.error()).get().asString().contains("fail fast");
  }

  @Test
  void run_consentRevoked_endsInErrorThenResumesWhenConsentIsBack() {
    partner.fake.faults().on("GET", "/customers/*/subscriptions").status(401).times(1);
    Discovery discovery = discovery().store(new InMemoryJobStore()).build();

    RunRecord failed = discovery.run();
    RunRecord resumed = discovery.run();

    assertThat(failed.state()).isEqualTo(RunState.ERROR);
    assertThat(failed.error()).get().asString().contains("401");
    assertThat(resumed.runId()).isEqualTo(failed.runId());
    assertThat(resumed.state()).isEqualTo(RunState.COMPLETED);
    assertThat(events).startsWith("NOT_STARTED->IN_PROGRESS").contains("IN_PROGRESS->ERROR", "ERROR->IN_PROGRESS")
        .endsWith("IN_PROGRESS->COMPLETED");
    assertThat(Snapshot.ofMirror(ds, false)).isEqualTo(Snapshot.ofPartnerCenter(partner.client, false));
  }

  @Test
  void start_corruptCheckpointFile_throwsTypedErrorAndStartsNothing() throws Exception {
    FileJobStore store = new FileJobStore(dir);
    partner.fake.faults().on("GET", "/customers/*/users").status(401).times(1);
    Discovery discovery = discovery().store(store).build();
    assertThat(discovery.run().state()).isEqualTo(RunState.ERROR);
    Path checkpoint = dir.resolve("discovery%3Ap").resolve("checkpoint");
    Files.writeString(checkpoint, Files.readString(checkpoint).replace("FULL", "PART"));

    assertThatThrownBy(discovery::start).isInstanceOfSatisfying(CorruptCheckpointException.class,
        e -> assertThat(e.location()).isEqualTo(checkpoint.toString()));
    assertThat(discovery.latestRun()).get().extracting(RunRecord::state).isEqualTo(RunState.ERROR);
    // the refused start gave its lease back: another node may take over after repair
    assertThat(store.acquireLease(discovery.jobKey(), "other", java.time.Duration.ofMinutes(1)).owner())
        .isEqualTo("other");
  }

  @Test
  void start_whileThisDiscoveryIsRunning_isRefused() {
    partner.fake.faults().on("GET", "/customers").latency(java.time.Duration.ofMinutes(1)).once();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Discovery discovery = discovery().store(new InMemoryJobStore()).sink((r, items) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).build();
    DiscoveryRun run = discovery.start();

    assertThatThrownBy(discovery::start).isInstanceOf(LeaseRefusedException.class);
    release.countDown();
    assertThat(run.await().state()).isEqualTo(RunState.COMPLETED);
  }

  @Test
  void build_missingOrInvalidSettings_failWithTheField() {
    assertThatThrownBy(() -> Discovery.builder().build()).hasMessageContaining("client");
    assertThatThrownBy(() -> discovery().store(new InMemoryJobStore()).concurrency(0).build())
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> DiscoveryScope.of(ItemKind.LICENSE)).hasMessageContaining("LICENSE needs USER");
  }
}
