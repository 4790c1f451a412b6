package io.cspsdk.benchmarks.billing;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * {@link ReportBenchmark#reconciliationItemsToReport} timed by what it costs rather than by the wall clock, for
 * machines where other work competes for the cores: per report of 1,000,000 lines, the CPU time of the building
 * thread and the time of the garbage collections during it, in both orders. Prints the median of the runs after
 * the warm-up, as lines per second of (thread CPU + collection time), with the bytes allocated per line.
 *
 * <p>{@code java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar io.cspsdk.benchmarks.billing.ReportCpuCheck}
 * (the heap of the JMH benchmark)
 */
public final class ReportCpuCheck {
  private static final int LINES = 1_000_000;
  private static final int WARMUP = 5;
  private static final int RUNS = 9;

  private ReportCpuCheck() {}

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    PricingChain pricing = SyntheticLines.pricing();
    ReconciliationLineItem[] pool = SyntheticLines.itemPool();
    for (SyntheticLines.Order order : SyntheticLines.Order.values()) {
      long[] cpu = new long[RUNS];
      long[] gc = new long[RUNS];
      long bytes = 0;
      for (int run = -WARMUP; run < RUNS; run++) {
        long gc0 = collectionMillis();
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        long cpu0 = threads.getCurrentThreadCpuTime();
        SyntheticLines.report().addAll(SyntheticLines.fromPool(pool, LINES, order).map(CostLine::from), pricing)
            .build();
        if (run >= 0) {
          cpu[run] = threads.getCurrentThreadCpuTime() - cpu0;
          gc[run] = (collectionMillis() - gc0) * 1_000_000;
          bytes = (threads.getCurrentThreadAllocatedBytes() - bytes0) / LINES;
        }
      }
      long[] total = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        total[i] = cpu[i] + gc[i];
      }
      System.out.printf("%-11s %,10d lines/s of thread CPU + GC (median of %d; thread CPU alone %,d; GC %d ms a"
              + " report), %d B/line%n",
          order, perSecond(median(total)), RUNS, perSecond(median(cpu)), median(gc) / 1_000_000, bytes);
    }
  }

  private static long collectionMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long perSecond(long nanos) {
    return LINES * 1_000_000_000L / nanos;
  }
}
