package io.cspsdk.benchmarks.billing;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;

/**
 * Shows that building a report uses heap independent of the number of lines: streams N reconciliation items
 * (default 1,000,000 and 5,000,000) through pricing into a report and samples the heap used after a full GC every
 * 250,000 lines; prints the peak, the final figure and the throughput of each run. The items come from the pool of
 * {@link SyntheticLines#itemPool()}, made before the heap baseline is taken, so the figures are the report's own.
 *
 * <p>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.cspsdk.benchmarks.billing.ReportHeapCheck 1000000 5000000}
 */
public final class ReportHeapCheck {
  private static final int SAMPLE_EVERY = 250_000;

  private ReportHeapCheck() {}

  public static void main(String[] args) {
    long[] counts = args.length == 0 ? new long[] {1_000_000, 5_000_000} : new long[args.length];
    for (int i = 0; i < args.length; i++) {
      counts[i] = Long.parseLong(args[i]);
    }
    PricingChain pricing = SyntheticLines.pricing();
    ReconciliationLineItem[] pool = SyntheticLines.itemPool();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    SyntheticLines.Order order =
        SyntheticLines.Order.valueOf(System.getProperty("order", SyntheticLines.Order.GROUPED.name()));
    run(1_000_000, order, pool, pricing, memory, false); // warm-up (JIT)
    for (long n : counts) {
      run(n, order, pool, pricing, memory, true);
    }
  }

  /** The next {@code size} items as cost lines (as the benchmark adapts them). */
  private static Iterator<CostLine> chunk(Iterator<ReconciliationLineItem> items, int size) {
    return new Iterator<>() {
      private int left = size;

      @Override
      public boolean hasNext() {
        return left > 0 && items.hasNext();
      }

      @Override
      public CostLine next() {
        left--;
        return CostLine.from(items.next());
      }
    };
  }

  private static void run(
      long n,
      SyntheticLines.Order order,
      ReconciliationLineItem[] pool,
      PricingChain pricing,
      MemoryMXBean memory,
      boolean print) {
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    BillingReportBuilder builder = SyntheticLines.report();
    Iterator<ReconciliationLineItem> items = SyntheticLines.fromPool(pool, n, order).iterator();
    long peak = 0;
    long gcTime = 0;
    long gcCpu = 0;
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    while (items.hasNext()) {
      builder.addAll(chunk(items, SAMPLE_EVERY), pricing);
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      System.gc();
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - baseline);
      gcTime += System.nanoTime() - t0;
      gcCpu += threads.getCurrentThreadCpuTime() - c0;
    }
    BillingReport report = builder.build();
    double seconds = (System.nanoTime() - start - gcTime) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart - gcCpu) / 1e9;
    System.gc();
    long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
    int subscriptions = report.cycles().stream().mapToInt(c -> c.subscriptions().size()).sum();
    if (print) {
      System.out.printf(
          "order=%s lines=%,d  cycles=%d  subscription sections=%,d  total=%s %s  peak heap after GC=%.1f MB  "
              + "report retained=%.1f MB  %.0f lines/s wall, %.0f lines per CPU-second of the thread "
              + "(excluding sampling GCs)%n",
          order, n, report.cycles().size(), subscriptions, report.amount().toPlainString(), report.currency(),
          peak / 1e6, retained / 1e6, n / seconds, n / cpuSeconds);
    }
    if (report.lineCount() + report.skippedLineCount() != n) {
      throw new IllegalStateException("lines lost: " + report.lineCount() + " + " + report.skippedLineCount());
    }
  }
}
