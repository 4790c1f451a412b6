package io.cspsdk.benchmarks.billing;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.CostLine;
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
 * Prices and aggregates 1,000,000 lazily generated reconciliation line items through markup rules into a billing
 * report, on one thread. The score is lines per second (one operation = one line).
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

  /** GROUPED: lines of a subscription arrive together, as in Microsoft's files; INTERLEAVED: worst case. */
  @Param({"GROUPED", "INTERLEAVED"})
  public SyntheticLines.Order order;

  @Setup
  public void setUp() {
    pricing = SyntheticLines.pricing();
  }

  /** Generate reconciliation items → adapt to cost lines → price → aggregate. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BillingReport reconciliationItemsToReport() {
    return SyntheticLines.report()
        .addAll(SyntheticLines.items(LINES, order).map(CostLine::from), pricing)
        .build();
  }

  /** The same lines generated as cost lines directly (isolates pricing and aggregation). */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BillingReport costLinesToReport() {
    return SyntheticLines.report().addAll(SyntheticLines.costLines(LINES, order), pricing).build();
  }
}
