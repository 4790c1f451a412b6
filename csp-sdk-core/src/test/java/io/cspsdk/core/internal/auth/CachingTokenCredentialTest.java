package io.cspsdk.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.auth.AccessToken;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.core.auth.TokenRequest;
import io.cspsdk.core.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenCredentialTest {
  private static final TokenRequest PC = TokenRequest.of("https://api.partnercenter.microsoft.com/.default");
  private static final TokenRequest GRAPH = TokenRequest.of("https://graph.microsoft.com/.default");

  private final FakeClock clock = new FakeClock();
  private final AtomicInteger fetches = new AtomicInteger();
  private final TokenCredential counting = request -> new AccessToken("token-" + fetches.incrementAndGet(),
      clock.instant().plus(Duration.ofHours(1)));

  @Test
  void getToken_withinLifetime_isServedFromCache() {
    CachingTokenCredential cache = new CachingTokenCredential(counting, clock, Duration.ofMinutes(5));

    AccessToken first = cache.getToken(PC);
    clock.advance(Duration.ofMinutes(54));
    AccessToken second = cache.getToken(PC);

    assertThat(second).isSameAs(first);
    assertThat(fetches).hasValue(1);
  }

  @Test
  void getToken_insideRefreshMargin_refreshesEarly() {
    CachingTokenCredential cache = new CachingTokenCredential(counting, clock, Duration.ofMinutes(5));

    cache.getToken(PC);
    clock.advance(Duration.ofMinutes(55));
    AccessToken refreshed = cache.getToken(PC);

    assertThat(refreshed.token()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void getToken_expired_isRefetched() {
    CachingTokenCredential cache = new CachingTokenCredential(counting, clock, Duration.ZERO);

    cache.getToken(PC);
    clock.advance(Duration.ofHours(2));

    assertThat(cache.getToken(PC).token()).isEqualTo("token-2");
  }

  @Test
  void getToken_differentScopesAndTenants_areCachedSeparately() {
    CachingTokenCredential cache = new CachingTokenCredential(counting, clock, Duration.ofMinutes(5));

    cache.getToken(PC);
    cache.getToken(GRAPH);
    cache.getToken(PC.forTenant("customer-1"));
    cache.getToken(PC);
    cache.getToken(GRAPH);

    assertThat(fetches).hasValue(3);
  }

  @Test
  void getToken_concurrentCallersOnColdCache_shareOneRefresh() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenCredential slow = request -> {
      fetches.incrementAndGet();
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new AccessToken("shared", clock.instant().plus(Duration.ofHours(1)));
    };
    CachingTokenCredential cache = new CachingTokenCredential(slow, clock, Duration.ofMinutes(5));
    Set<String> results = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(new Thread(() -> results.add(cache.getToken(PC).token())));
    }

    threads.get(0).start();
    entered.await(10, TimeUnit.SECONDS);
    threads.subList(1, threads.size()).forEach(Thread::start);
    for (Thread t : threads.subList(1, threads.size())) {
      while (t.getState() != Thread.State.BLOCKED && t.getState() != Thread.State.WAITING
          && t.getState() != Thread.State.TERMINATED) {
        Thread.onSpinWait();
      }
    }
    release.countDown();
    for (Thread t : threads) {
      t.join(10_000);
    }

    assertThat(fetches).hasValue(1);
    assertThat(results).containsExactly("shared");
  }
}
