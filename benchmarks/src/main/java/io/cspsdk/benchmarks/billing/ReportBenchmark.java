package io.cspsdk.benchmarks.billing;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prices and aggregates 1,000,000 reconciliation line items through markup rules into a billing report, on one
 * thread. The score is lines per second (one operation = one line). The input comes from a pool of the 240,000
 * distinct items of the synthetic year, made once in setup, so that the score measures adaptation, pricing and
 * aggregation, not the making of input objects (a real run reads them from a file); {@link
 * #generatedItemsToReport} shows the cost with the items built line by line.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ReportBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ReportBenchmark {
  static final int LINES = 1_000_000;
  private PricingChain pricing;
  private ReconciliationLineItem[] items;
  private CostLine[] costLines;

  /** GROUPED: lines of a subscription arrive together, as in Microsoft's files; INTERLEAVED: worst case. */
  @Param({"GROUPED", "INTERLEAVED"})
  public SyntheticLines.Order order;

  @Setup
  public void setUp() {
    pricing = SyntheticLines.pricing();
    items = SyntheticLines.itemPool();
    costLines = SyntheticLines.costLinePool();
  }

  /** Reconciliation items → adapt to cost lines → price → aggregate. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BillingReport reconciliationItemsToReport() {
    return SyntheticLines.report()
        .addAll(SyntheticLines.fromPool(items, LINES, order).map(CostLine::from), pricing)
        .build();
  }

  /** The same lines as cost lines (isolates pricing and aggregation). */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BillingReport costLinesToReport() {
    return SyntheticLines.report().addAll(SyntheticLines.fromPool(costLines, LINES, order), pricing).build();
  }

  /** As {@link #reconciliationItemsToReport}, with every item built by the generator as it is needed. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BillingReport generatedItemsToReport() {
    return SyntheticLines.report()
        .addAll(SyntheticLines.items(LINES, order).map(CostLine::from), pricing)
        .build();
  }
}
