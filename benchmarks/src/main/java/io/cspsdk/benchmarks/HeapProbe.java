package io.cspsdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.function.Function;

/** Streams items while printing the heap in use after a full GC at 100,000 items and at the end. */
final class HeapProbe {
  private HeapProbe() {}

  /** Consumes {@code items} (summing {@code amount} so nothing is optimised away) and prints the heap figures. */
  static <T> void stream(Iterator<T> items, Function<T, BigDecimal> amount, long total) {
    long start = System.nanoTime();
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO;
    while (items.hasNext()) {
      sum = sum.add(amount.apply(items.next()));
      count++;
      if (count == 100_000 || count == total) {
        System.out.printf("after %,9d items: heap used after GC %6.1f MB, %6.0f items/s%n", count, usedMb(),
            count / ((System.nanoTime() - start) / 1e9));
      }
    }
    System.out.printf("done: %,d items, subtotal sum %s%n", count, sum);
  }

  private static double usedMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }
}
