package io.cspsdk.benchmarks;

import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.pricing.PriceSheetRows;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Parsing cost of billing data: one v1 reconciliation line item (numbers as JSON strings, exact decimals) and a
 * 10,000-row licence-based price sheet streamed row by row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BillingDataParsingBenchmark {
  static final int PRICE_SHEET_ROWS = 10_000;

  private byte[] lineItem;
  private byte[] priceSheet;

  @Setup
  public void setUp() {
    lineItem = ("{\"partnerId\":\"3b33e682-00c3-41ee-9dd2-a548adf56438\",\"customerId\":\"c0df6ee7\","
        + "\"customerName\":\"Contoso Ltd\",\"invoiceNumber\":\"G000024135\",\"orderId\":\"BTJ8D5gH0qSjyqf5\","
        + "\"orderDate\":\"2024-01-14T19:54:55.0000000Z\",\"productId\":\"CFQ7TTC0LH18\",\"skuId\":\"0001\","
        + "\"availabilityId\":\"CFQ7TTC0QS4J\",\"productName\":\"Microsoft 365 Business Basic\","
        + "\"chargeType\":\"new\",\"unitPrice\":\"6\",\"effectiveUnitPrice\":\"5.1\",\"quantity\":\"10\","
        + "\"billableQuantity\":\"10\",\"subtotal\":\"51.00\",\"taxTotal\":\"0\",\"totalForCustomer\":\"51.00\","
        + "\"currency\":\"USD\",\"pricingCurrency\":\"USD\",\"pcToBCExchangeRate\":\"1\","
        + "\"pcToBCExchangeRateDate\":\"2024-01-01T00:00:00\",\"subscriptionId\":\"e0ef2e8c\","
        + "\"subscriptionStartDate\":\"2024-01-14T00:00:00Z\",\"subscriptionEndDate\":\"2025-01-13T00:00:00Z\","
        + "\"chargeStartDate\":\"2024-01-14T00:00:00Z\",\"chargeEndDate\":\"2024-02-13T00:00:00Z\","
        + "\"termAndBillingCycle\":\"1 Year Subscription - Monthly Billing\",\"billingFrequency\":\"Monthly\","
        + "\"invoiceLineItemType\":\"billinglineitems\",\"billingProvider\":\"one_time\"}")
        .getBytes(StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("\"ProductTitle\",\"ProductId\",\"SkuId\",\"SkuTitle\",\"Publisher\","
        + "\"SkuDescription\",\"UnitOfMeasure\",\"TermDuration\",\"BillingPlan\",\"Market\",\"Currency\","
        + "\"UnitPrice\",\"PricingTierRangeMin\",\"PricingTierRangeMax\",\"EffectiveStartDate\","
        + "\"EffectiveEndDate\",\"Tags\",\"ERP Price\"\r\n");
    for (int i = 0; i < PRICE_SHEET_ROWS; i++) {
      csv.append("\"Product ").append(i).append("\",\"CFQ7TTC0").append(i).append("\",\"0001\",\"Sku ").append(i)
          .append("\",\"Microsoft Corporation\",\"Meetings, calling and \"\"apps\"\"\",\"\",\"P1Y\",\"Annual\","
              + "\"US\",\"USD\",\"").append(i % 500).append(".25\",\"\",\"\",\"2/1/2024 12:00:00 AM\",\"\","
              + "\"License\",\"").append(i % 500 + 12).append(".30\"\r\n");
    }
    priceSheet = csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ReconciliationLineItem reconciliationLineItem() throws IOException {
    return Json.mapper().readValue(lineItem, ReconciliationLineItem.class);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long priceSheet10kRows() {
    try (Stream<PriceSheetEntry> rows = PriceSheetRows.stream(new ByteArrayInputStream(priceSheet))) {
      return rows.count();
    }
  }
}
