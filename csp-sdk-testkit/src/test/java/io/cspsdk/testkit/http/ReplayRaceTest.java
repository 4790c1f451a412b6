package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.LatencyProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Overlapping attempts of one call (same MS-RequestId) have one effect and get one answer. */
class ReplayRaceTest {
  private static final int ATTEMPTS = 6;

  /** Holds every attempt back until all of them are in the fake, then lets them race. */
  private static LatencyProfile allAtOnce(CyclicBarrier barrier) {
    return LatencyProfile.builder().sleeper(d -> {
      try {
        barrier.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("not every attempt reached the fake", e);
      }
    }).route("*", "/customers/**", LatencyProfile.fixed(Duration.ofMillis(1))).build();
  }

  private static List<Http.Answer> race(Http http, String method, String path, String body, String requestId)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
    try {
      List<CompletableFuture<Http.Answer>> attempts = new ArrayList<>();
      for (int i = 0; i < ATTEMPTS; i++) {
        attempts.add(CompletableFuture.supplyAsync(() -> http.send(method, path, body, "MS-RequestId", requestId),
            pool));
      }
      List<Http.Answer> answers = new ArrayList<>();
      for (CompletableFuture<Http.Answer> a : attempts) {
        answers.add(a.get(30, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentPostsWithOneRequestId_createOneOrderAndAnswerAlike() throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(ATTEMPTS);
    try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(ATTEMPTS).latencyProfile(allAtOnce(barrier))
        .build().start()) {
      String c = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
      Http http = new Http(fake.endpoint());
      for (int round = 0; round < 5; round++) {
        List<Http.Answer> answers = race(http, "POST", "/customers/" + c + "/orders",
            "{\"lineItems\": [{\"offerId\": \"CFQ7TTC0LH18:0001:CFQ7TTC0KCWD\", \"quantity\": 2}]}",
            "00000000-0000-0000-0000-00000000000" + round);
        assertThat(answers).extracting(Http.Answer::status).containsOnly(201);
        assertThat(answers).extracting(Http.Answer::body).containsOnly(answers.get(0).body());
      }
      fake.latencyProfile(null);
      JsonNode subs = http.get("/customers/" + c + "/subscriptions").json();
      assertThat(subs.get("items")).hasSize(5);
      assertThat(http.get("/customers/" + c + "/orders").json().get("items")).hasSize(5);
    }
  }

  @Test
  void patchesWithOneRequestId_areAppliedOnceAndReplayedLater() throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(ATTEMPTS);
    try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(ATTEMPTS).build().start()) {
      var seed = fake.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10);
      String path = "/customers/" + seed.lastCustomerId() + "/subscriptions/" + seed.lastSubscriptionId();
      Http http = new Http(fake.endpoint());
      int records = http.get("/auditrecords?startDate=2026-01-01").json().get("items").size();
      fake.latencyProfile(allAtOnce(barrier));
      List<Http.Answer> answers = race(http, "PATCH", path, "{\"quantity\": 11}", "patch-1");
      fake.latencyProfile(null);
      assertThat(answers).extracting(Http.Answer::status).containsOnly(200);
      assertThat(answers).extracting(Http.Answer::body).containsOnly(answers.get(0).body());
      assertThat(http.get("/auditrecords?startDate=2026-01-01").json().get("items")).hasSize(records + 1);
      // a late retry of the first PATCH replays its answer instead of undoing the change made since
      assertThat(http.send("PATCH", path, "{\"quantity\": 12}", "MS-RequestId", "patch-2").status()).isEqualTo(200);
      Http.Answer retry = http.send("PATCH", path, "{\"quantity\": 11}", "MS-RequestId", "patch-1");
      assertThat(retry.body()).isEqualTo(answers.get(0).body());
      assertThat(http.get(path).json().get("quantity").asInt()).isEqualTo(12);
      assertThat(http.get("/auditrecords?startDate=2026-01-01").json().get("items")).hasSize(records + 2);
    }
  }
}
