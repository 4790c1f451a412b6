package io.cspsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Shows that streaming a Graph reconciliation export keeps memory flat: a JDK HTTP server answers the export with
 * 202 + Location, the operation with a manifest of {@value #BLOBS} blobs, and each blob with gzipped JSON lines
 * generated on the fly (PascalCase fields, decimals as strings); the client streams all line items through
 * {@code invoices().exportBilled(...).lineItems(timeout)} and prints the heap in use after a full GC at 100,000
 * items and at the end.
 *
 * <p>Run (not part of the test run): {@code java -Xmx64m -cp <benchmarks classpath>
 * io.cspsdk.benchmarks.ExportStreamingMemoryBenchmark [items]}.
 */
public final class ExportStreamingMemoryBenchmark {
  private static final int BLOBS = 4;

  private ExportStreamingMemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perBlob = (total + BLOBS - 1) / BLOBS;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/graph/v1.0/reports/partners/billing/reconciliation/billed/export", ex -> {
      ex.getResponseHeaders().add("Location", base + "/graph/v1.0/reports/partners/billing/operations/op-1");
      ex.getResponseHeaders().add("Retry-After", "0");
      ex.sendResponseHeaders(202, -1);
      ex.close();
    });
    server.createContext("/graph/v1.0/reports/partners/billing/operations/op-1", ex -> {
      StringBuilder blobs = new StringBuilder();
      for (int b = 0; b < BLOBS; b++) {
        blobs.append(b == 0 ? "" : ",").append("{\"name\":\"part-").append(b).append(".json.gz\",")
            .append("\"partitionValue\":\"default\"}");
      }
      json(ex, "{\"id\":\"op-1\",\"status\":\"succeeded\",\"resourceLocation\":{\"id\":\"m-1\",\"dataFormat\":"
          + "\"compressedJSON\",\"rootDirectory\":\"" + base + "/blobs/G000000001\",\"sasToken\":\"sv=1&sig=x\","
          + "\"blobCount\":" + BLOBS + ",\"blobs\":[" + blobs + "]}}");
    });
    server.createContext("/blobs/G000000001/", ex -> blob(ex, perBlob, total));
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    System.out.printf("max heap %d MB, streaming %,d line items from %d gzipped blobs%n",
        Runtime.getRuntime().maxMemory() >> 20, total, BLOBS);
    try (PartnerCenterClient pc = PartnerCenterClient.builder().endpoint(base + "/v1")
        .graphEndpoint(base + "/graph/v1.0").credential(PartnerCredentials.staticToken("benchmark"))
        .noRateLimit().build();
         Stream<ReconciliationLineItem> items = pc.invoices().exportBilled("G000000001", AttributeSet.FULL)
             .lineItems(Duration.ofMinutes(1))) {
      HeapProbe.stream(items.iterator(), i -> i.subtotal().orElse(BigDecimal.ZERO), total);
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  private static void json(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Streams one blob's gzipped JSON lines as they are generated (chunked), never holding the blob in memory. */
  private static void blob(HttpExchange ex, int perBlob, int total) throws IOException {
    String path = ex.getRequestURI().getPath();
    int index = Integer.parseInt(path.substring(path.lastIndexOf("part-") + 5, path.indexOf(".json.gz")));
    int from = index * perBlob;
    int to = Math.min(total, from + perBlob);
    ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, 0);
    try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(ex.getResponseBody(), 64 * 1024),
        StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder(640);
      for (int i = from; i < to; i++) {
        line.setLength(0);
        line.append("{\"PartnerId\":\"p-1\",\"CustomerId\":\"c-").append(i % 5000)
            .append("\",\"CustomerName\":\"Customer ").append(i % 5000)
            .append("\",\"InvoiceNumber\":\"G000000001\",\"ProductId\":\"CFQ7TTC0LH18\",\"SkuId\":\"0001\",")
            .append("\"AvailabilityId\":\"CFQ7TTC0QS4J\",\"ProductName\":\"Microsoft 365 Business Basic\",")
            .append("\"ChargeType\":\"new\",\"UnitPrice\":\"6\",\"EffectiveUnitPrice\":\"5.1\",\"Quantity\":\"")
            .append(1 + i % 25).append("\",\"BillableQuantity\":\"").append(1 + i % 25).append("\",\"Subtotal\":\"")
            .append(6 * (1 + i % 25)).append("\",\"PCToBCExchangeRate\":\"1\",\"Currency\":\"USD\",")
            .append("\"SubscriptionId\":\"s-").append(i).append("\",\"ChargeStartDate\":\"2026-01-01T00:00:00Z\",")
            .append("\"ChargeEndDate\":\"2026-01-31T00:00:00Z\",\"TermAndBillingCycle\":\"1 Year Subscription - ")
            .append("Monthly Billing\"}\n");
        out.append(line);
      }
    }
  }
}
