package io.cspsdk.benchmarks;

import io.cspsdk.core.internal.pricing.CsvRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV records of a realistic 100,000-row licence-based price sheet (20 columns as Partner Center sends them: a
 * BOM, CRLF line ends, every field quoted, commas, doubled quotes and a CRLF inside some quoted fields), read from
 * UTF-8 bytes into one string per field by the hand-written RFC 4180 reader ({@link HandWrittenCsvReader}, the
 * price sheet's reader before) and by jackson-dataformat-csv as the price sheet reads it now ({@link CsvRecords}: line-length limit, empty lines
 * skipped), side by side in one run. Both get the same record limit. One operation is the whole sheet; run with {@code -prof gc} for the allocation per sheet
 * ({@code gc.alloc.rate.norm}; divide by 100,000 for a row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CsvReadingBenchmark {
  static final int ROWS = 100_000;

  /** The record length limit both readers get (the client's default maxResponseBytes). */
  static final long LIMIT = 64L * 1024 * 1024;

  private byte[] sheet;

  @Setup
  public void setUp() {
    sheet = priceSheet(ROWS);
  }

  /** A licence-based price sheet of {@code rows} rows in Partner Center's column layout. */
  static byte[] priceSheet(int rows) {
    StringBuilder csv = new StringBuilder("\uFEFF\"ProductTitle\",\"ProductId\",\"SkuId\",\"AvailabilityId\","
        + "\"SkuTitle\",\"Publisher\",\"SkuDescription\",\"UnitOfMeasure\",\"TermDuration\",\"BillingPlan\","
        + "\"Market\",\"Currency\",\"UnitPrice\",\"PricingTierRangeMin\",\"PricingTierRangeMax\","
        + "\"EffectiveStartDate\",\"EffectiveEndDate\",\"Tags\",\"ERP Price\",\"Segment\"\r\n");
    for (int i = 0; i < rows; i++) {
      String description = i % 10 == 0 ? "Meetings, calling and \"\"apps\"\".\r\nSecond line of the description"
          : "Meetings, calling and \"\"apps\"\" for teams of up to 300 users";
      csv.append("\"Microsoft 365 Business Standard ").append(i).append("\",\"CFQ7TTC0").append(100_000 + i)
          .append("\",\"000").append(i % 4 + 1).append("\",\"CFQ7TTC0").append(200_000 + i)
          .append("\",\"Microsoft 365 Business Standard\",\"Microsoft Corporation\",\"").append(description)
          .append("\",\"Licenses\",\"").append(i % 2 == 0 ? "P1Y" : "P1M").append("\",\"")
          .append(i % 3 == 0 ? "Annual" : "Monthly").append("\",\"US\",\"USD\",\"").append(i % 500)
          .append(".2500\",\"\",\"\",\"2/1/2024 12:00:00 AM\",\"\",\"License\",\"").append(i % 500 + 12)
          .append(".30\",\"Commercial\"\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(sheet), StandardCharsets.UTF_8);
  }

  @Benchmark
  public long handWritten(Blackhole bh) throws IOException {
    HandWrittenCsvReader csv = new HandWrittenCsvReader(reader(), LIMIT);
    long records = 0;
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      bh.consume(record);
      records++;
    }
    return records;
  }

  @Benchmark
  public long jacksonDataformatCsv(Blackhole bh) throws IOException {
    CsvRecords csv = new CsvRecords(reader(), LIMIT);
    long records = 0;
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      bh.consume(record);
      records++;
    }
    return records;
  }
}
