package io.cspsdk.billing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cost source straight from the client's price sheet listing, downloaded over HTTP and read once. */
class PriceSheetCostSourceTest {
  private static final String CSV = "\uFEFFProductTitle,ProductId,SkuId,SkuTitle,TermDuration,BillingPlan,Market,"
      + "Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\r\n"
      + "\"Microsoft 365 Business Standard, annual\",CFQ7TTC0LCHC,0002,Standard,P1Y,Monthly,US,USD,12.50,"
      + "11/1/2026 12:00:00 AM,\r\n"
      + "\"Microsoft 365 Business Standard, annual\",CFQ7TTC0LCHC,0002,Standard,P1Y,Annual,US,USD,150.00,"
      + "11/1/2026 12:00:00 AM,\r\n"
      + "No price yet,CFQ7TTC0AAAA,0001,Preview,P1M,Monthly,US,USD,,11/1/2026 12:00:00 AM,\r\n";

  private final AtomicInteger downloads = new AtomicInteger();
  private HttpServer server;
  private PartnerCenterClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1.0/sales/", exchange -> {
      downloads.incrementAndGet();
      byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    client = PartnerCenterClient.builder().endpoint(base + "/v1").priceSheetEndpoint(base + "/v1.0")
        .credential(PartnerCredentials.staticToken("test-token")).noRateLimit().build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void priceSheet_fromTheClientsListing_costsTheTermFromOneDownload() {
    CostSource costs = CostSource.priceSheet(client.priceSheets().licenseBased("US"));

    assertThat(costs.unitCost("cfq7ttc0lchc", "0002", TermDuration.P1Y, BillingCycle.MONTHLY,
        LocalDate.of(2026, 12, 1))).contains(Money.of("150.00", "USD"));
    assertThat(costs.unitCost("CFQ7TTC0LCHC", "0002", TermDuration.P1Y, BillingCycle.ANNUAL,
        LocalDate.of(2026, 12, 1))).contains(Money.of("150.00", "USD"));
    assertThat(costs.unitCost("CFQ7TTC0LCHC", "0002", TermDuration.P1Y, BillingCycle.MONTHLY,
        LocalDate.of(2026, 10, 31))).isEmpty();
    assertThat(costs.unitCost("CFQ7TTC0AAAA", "0001", TermDuration.P1M, BillingCycle.MONTHLY,
        LocalDate.of(2026, 12, 1))).isEmpty();
    assertThat(downloads).hasValue(1);
  }
}
