package io.cspsdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Shows that streaming a long seek-paged listing keeps memory flat: a JDK HTTP server generates pages of
 * reconciliation-like line items on the fly (2,000 per page, next link + {@code MS-ContinuationToken} header), the
 * client streams 1,000,000 of them, and the heap in use after a full GC is printed at 100k and at 1M items.
 *
 * <p>Run (not part of the test run): {@code java -Xmx64m -cp <benchmarks classpath>
 * io.cspsdk.benchmarks.StreamingMemoryBenchmark [items]}.
 */
public final class StreamingMemoryBenchmark {
  private static final int PAGE_SIZE = 2_000;

  /** One line item as the benchmark reads it. */
  public record LineItem(String customerId, String customerName, String invoiceNumber, String productId,
      String skuId, String productName, String chargeType, BigDecimal unitPrice, BigDecimal quantity,
      BigDecimal subtotal, String currency, String subscriptionId, String chargeStartDate, String chargeEndDate) {}

  private StreamingMemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/invoices/G000000001/lineitems", ex -> page(ex, total));
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    System.out.printf("max heap %d MB, streaming %,d items in pages of %,d%n",
        Runtime.getRuntime().maxMemory() >> 20, total, PAGE_SIZE);
    try (PartnerCenterClient pc = PartnerCenterClient.builder().endpoint(endpoint)
        .credential(PartnerCredentials.staticToken("benchmark")).noRateLimit().build();
         Stream<LineItem> items = pc.raw().list("/invoices/G000000001/lineitems?provider=onetime&size=" + PAGE_SIZE,
             LineItem.class).stream()) {
      HeapProbe.stream(items.iterator(), LineItem::subtotal, total);
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  private static void page(HttpExchange ex, int total) throws IOException {
    String token = ex.getRequestHeaders().getFirst("MS-ContinuationToken");
    int offset = token == null ? 0 : Integer.parseInt(token);
    int end = Math.min(total, offset + PAGE_SIZE);
    StringBuilder sb = new StringBuilder(PAGE_SIZE * 420);
    sb.append("{\"totalCount\":").append(end - offset).append(",\"items\":[");
    for (int i = offset; i < end; i++) {
      if (i > offset) {
        sb.append(',');
      }
      sb.append("{\"partnerId\":\"p-1\",\"customerId\":\"c-").append(i % 5000)
          .append("\",\"customerName\":\"Customer ").append(i % 5000)
          .append("\",\"invoiceNumber\":\"G000000001\",\"productId\":\"CFQ7TTC0LH18\",\"skuId\":\"0001\",")
          .append("\"productName\":\"Microsoft 365 Business Basic\",\"chargeType\":\"new\",")
          .append("\"unitPrice\":\"6\",\"quantity\":\"").append(1 + i % 25).append("\",\"subtotal\":\"")
          .append(6 * (1 + i % 25)).append("\",\"currency\":\"USD\",\"subscriptionId\":\"s-").append(i)
          .append("\",\"chargeStartDate\":\"2026-01-01T00:00:00Z\",\"chargeEndDate\":\"2026-01-31T00:00:00Z\"}");
    }
    sb.append("],\"links\":{");
    if (end < total) {
      sb.append("\"next\":{\"uri\":\"/invoices/G000000001/lineitems?provider=onetime&size=").append(PAGE_SIZE)
          .append("&seekOperation=Next\",\"method\":\"GET\",\"headers\":[{\"key\":\"MS-ContinuationToken\",")
          .append("\"value\":\"").append(end).append("\"}]}");
    }
    sb.append("},\"attributes\":{\"objectType\":\"Collection\"}}");
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
