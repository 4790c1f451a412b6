package io.cspsdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.Customer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's own cost per simple GET, side by side in one run: {@code customers().get(id)} through the whole
 * pipeline (request id, correlation, retry, auth, rate limiter, logging stage, origin and size checks, model
 * binding) against raw Apache HttpClient 5 + Jackson sending the same headers and binding the same {@link Customer}
 * with the same mapper. Both hit one static loopback server (a JDK {@code HttpServer} answering a fixed body).
 * Reported: wall time per call (JMH), the calling thread's CPU per call (printed after each iteration), which
 * leaves out the server's work, and {@link #paired()}: both calls alternating, with their CPU ratio. One calling
 * thread.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ClientOverheadBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Benchmark)
public class ClientOverheadBenchmark {
  static final String TOKEN = "benchmark-token";
  static final byte[] CUSTOMER = ("{\"id\":\"c1\",\"commerceId\":\"0a1b\",\"companyProfile\":{\"tenantId\":\"c1\","
      + "\"domain\":\"contoso.onmicrosoft.com\",\"companyName\":\"Contoso\",\"attributes\":{\"objectType\":"
      + "\"CustomerCompanyProfile\"}},\"billingProfile\":{\"id\":\"b1\",\"firstName\":\"Ann\",\"lastName\":\"Lee\","
      + "\"email\":\"ann@contoso.com\",\"culture\":\"en-US\",\"language\":\"en\",\"companyName\":\"Contoso\","
      + "\"defaultAddress\":{\"country\":\"US\",\"city\":\"Redmond\",\"state\":\"WA\",\"addressLine1\":\"1 Way\","
      + "\"postalCode\":\"98052\"},\"attributes\":{\"objectType\":\"CustomerBillingProfile\"}},"
      + "\"relationshipToPartner\":\"reseller\",\"allowDelegatedAccess\":true,\"attributes\":{\"objectType\":"
      + "\"Customer\"}}").getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private String base;
  private PartnerCenterClient client;
  private CloseableHttpClient raw;
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private long cpuAtStart;
  private long calls;
  private long pairs;
  private long clientCpu;
  private long rawCpu;

  @Setup(Level.Trial)
  public void start() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, CUSTOMER.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(CUSTOMER);
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    // a limit far above what one thread reaches, so that the rate limiter's bookkeeping is measured, not waited on
    client = PartnerCenterClient.builder().endpoint(base + "/v1").credential(PartnerCredentials.staticToken(TOKEN))
        .rateLimit(10_000_000).build();
    raw = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
        .disableAutomaticRetries().disableCookieManagement().build();
  }

  @Setup(Level.Iteration)
  public void startCounting() {
    calls = 0;
    pairs = 0;
    clientCpu = 0;
    rawCpu = 0;
    cpuAtStart = mx.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void reportCpu() {
    // JMH runs setup, benchmark and teardown of one iteration on the same worker thread
    if (calls > 0) {
      System.out.printf("%n[client cpu] %.1f us per call (%d calls)%n",
          (mx.getCurrentThreadCpuTime() - cpuAtStart) / 1000.0 / calls, calls);
    }
    if (pairs > 0) {
      System.out.printf("%n[paired cpu] client %.1f us, raw %.1f us per call, ratio %.3f (%d pairs)%n",
          clientCpu / 1000.0 / pairs, rawCpu / 1000.0 / pairs, (double) clientCpu / rawCpu, pairs);
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    client.close();
    raw.close();
    server.stop(0);
  }

  @Benchmark
  public Customer client() {
    calls++;
    return client.customers().get("c1");
  }

  /**
   * Both calls back to back, each timed by the calling thread's CPU clock: whatever else loads the machine loads
   * both sides alike, so the printed ratio holds even when the absolute figures drift.
   */
  @Benchmark
  public Object paired() throws IOException {
    // the order alternates so that neither side always runs on caches the other warmed
    boolean clientFirst = (pairs & 1) == 0;
    long t0 = mx.getCurrentThreadCpuTime();
    Customer a = clientFirst ? client.customers().get("c1") : rawGet();
    long t1 = mx.getCurrentThreadCpuTime();
    Customer b = clientFirst ? rawGet() : client.customers().get("c1");
    long t2 = mx.getCurrentThreadCpuTime();
    clientCpu += clientFirst ? t1 - t0 : t2 - t1;
    rawCpu += clientFirst ? t2 - t1 : t1 - t0;
    pairs++;
    return a == b ? null : b;
  }

  /** The same GET with the headers the client sends, read with the same mapper into the same model type. */
  @Benchmark
  public Customer rawHttpClientAndJackson() throws IOException {
    calls++;
    return rawGet();
  }

  private Customer rawGet() throws IOException {
    HttpGet get = new HttpGet(base + "/v1/customers/c1");
    get.setHeader("Accept", "application/json");
    get.setHeader("Authorization", "Bearer " + TOKEN);
    get.setHeader("MS-RequestId", UUID.randomUUID().toString());
    get.setHeader("MS-CorrelationId", UUID.randomUUID().toString());
    get.setHeader("MS-Contract-Version", "v1");
    get.setHeader("X-Locale", "en-US");
    return raw.execute(get, response -> {
      byte[] body = EntityUtils.toByteArray(response.getEntity());
      if (response.getCode() != 200) {
        throw new IOException("HTTP " + response.getCode());
      }
      return Json.mapper().readValue(body, Customer.class);
    });
  }
}
