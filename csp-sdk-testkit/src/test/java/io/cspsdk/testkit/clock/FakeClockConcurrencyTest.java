package io.cspsdk.testkit.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Client threads that wait in parallel (backoff, Retry-After) all advance one fake clock. */
class FakeClockConcurrencyTest {
  @Test
  void advance_fromManyThreadsAtOnce_neverMovesBackAndAddsEveryMove() throws Exception {
    FakeClock clock = FakeClock.atDefaultStart();
    Instant start = clock.instant();
    int threads = 8;
    int moves = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < moves; i++) {
            clock.advance(Duration.ofMillis(1));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);                 // rethrows "the clock only moves forward" if a move raced
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofMillis((long) threads * moves));
  }
}
