package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.LatencyProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatencyProfileTest {
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  private FakePartnerCenter fake(LatencyProfile profile) {
    return FakePartnerCenter.builder().latencyProfile(profile).build().start();
  }

  @Test
  void routes_firstMatchingRouteWinsAndOtherwiseCoversTheRest() {
    LatencyProfile profile = LatencyProfile.builder().sleeper(waits::add)
        .route("GET", "/customers/*", LatencyProfile.fixed(Duration.ofMillis(120)))
        .route("*", "/customers/**", LatencyProfile.fixed(Duration.ofMillis(300)))
        .otherwise(LatencyProfile.fixed(Duration.ofMillis(30)))
        .build();
    try (FakePartnerCenter fake = fake(profile)) {
      String c = fake.seed().customer("Contoso").lastCustomerId();
      Instant fakeNow = fake.clock().instant();
      Http http = new Http(fake.endpoint());
      assertThat(http.get("/customers/" + c).status()).isEqualTo(200);
      assertThat(http.get("/customers/" + c + "/subscriptions").status()).isEqualTo(200);
      assertThat(http.get("/invoices").status()).isEqualTo(200);
      new Http(fake.baseUri()).without("Authorization").get("/_fake/clock");
      assertThat(waits).containsExactly(Duration.ofMillis(120), Duration.ofMillis(300), Duration.ofMillis(30));
      assertThat(fake.clock().instant()).isEqualTo(fakeNow);
    }
  }

  @Test
  void uniform_sameSeed_drawsTheSameWaitsWithinBoundsAgainAfterReset() {
    LatencyProfile profile = LatencyProfile.builder().sleeper(waits::add).seed(7)
        .otherwise(LatencyProfile.uniform(Duration.ofMillis(20), Duration.ofMillis(200))).build();
    try (FakePartnerCenter fake = fake(profile)) {
      Http http = new Http(fake.endpoint());
      for (int i = 0; i < 20; i++) {
        http.get("/customers");
      }
      List<Duration> first = List.copyOf(waits);
      waits.clear();
      fake.reset();
      for (int i = 0; i < 20; i++) {
        http.get("/customers");
      }
      assertThat(first).hasSize(20).allMatch(d -> d.toMillis() >= 20 && d.toMillis() <= 200);
      assertThat(first.stream().distinct().count()).isGreaterThan(10);
      assertThat(waits).isEqualTo(first);
    }
  }

  @Test
  void waits_passOutsideTheStateLock_soConcurrentRequestsOverlap() throws Exception {
    CountDownLatch bothWaiting = new CountDownLatch(2);
    Consumer<Duration> meetingPoint = d -> {
      bothWaiting.countDown();
      try {
        if (!bothWaiting.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the second request never started waiting");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    LatencyProfile profile = LatencyProfile.builder().sleeper(meetingPoint)
        .otherwise(LatencyProfile.fixed(Duration.ofMillis(100))).build();
    try (FakePartnerCenter fake = fake(profile)) {
      Http http = new Http(fake.endpoint());
      CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> http.get("/customers").status());
      CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> http.get("/invoices").status());
      assertThat(a.get(20, TimeUnit.SECONDS)).isEqualTo(200);
      assertThat(b.get(20, TimeUnit.SECONDS)).isEqualTo(200);
      assertThat(bothWaiting.getCount()).isZero();
    }
  }

  @Test
  void logNormal_drawsAroundTheMedianWithTheRequestedTail() {
    LatencyProfile.Distribution d = LatencyProfile.logNormal(Duration.ofMillis(80), Duration.ofMillis(300));
    Random r = new Random(1);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      millis.add(d.draw(r).toMillis());
    }
    Collections.sort(millis);
    assertThat(millis.get(10_000)).isBetween(75L, 85L);
    assertThat(millis.get(19_000)).isBetween(280L, 320L);
    assertThat(millis.get(19_999)).isLessThanOrEqualTo(3000L);
  }

  @Test
  void distributions_badBounds_areRefusedNamingTheArgument() {
    assertThatThrownBy(() -> LatencyProfile.uniform(Duration.ofMillis(50), Duration.ofMillis(10)))
        .hasMessageContaining("max");
    assertThatThrownBy(() -> LatencyProfile.fixed(Duration.ofMillis(-1))).hasMessageContaining("latency");
    assertThatThrownBy(() -> LatencyProfile.logNormal(Duration.ofMillis(50), Duration.ofMillis(10)))
        .hasMessageContaining("p95");
  }
}
