package io.cspsdk.benchmarks;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Seeder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * Requests per second the fake Partner Center serves on loopback to the real client: a single GET of a customer or
 * subscription, and the first page of the customer list (50 of 200 customers), plus the same GET through the JDK's
 * HttpClient for comparison. Four client threads.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FakePartnerCenterBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(4)
@State(Scope.Benchmark)
public class FakePartnerCenterBenchmark {
  /** Server worker threads; 0 = answer on the server's connection thread. */
  @org.openjdk.jmh.annotations.Param({"4"})
  public int serverThreads;

  private FakePartnerCenter fake;
  private PartnerCenterClient client;
  private List<String> customerIds;
  private String customerId;
  private String subscriptionId;
  private java.net.http.HttpClient jdk;

  @Setup(Level.Trial)
  public void start() {
    FakeClock clock = FakeClock.atDefaultStart();
    fake = FakePartnerCenter.builder().clock(clock).threads(serverThreads).build().start();
    Seeder seeder = fake.seed().customers(199).customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10);
    customerIds = seeder.customerIds();
    customerId = seeder.lastCustomerId();
    subscriptionId = seeder.lastSubscriptionId();
    client = PartnerCenterClient.builder().endpoint(fake.endpoint())
        .credential(PartnerCredentials.staticToken("benchmark")).clock(clock).noRateLimit().build();
    jdk = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
  }

  private final LongAdder calls = new LongAdder();
  private long serverCpuAtStart;
  private long clientCpuAtStart;

  /**
   * CPU per request on each side, counted per thread (user + system time): the fake's request threads and its
   * connection thread, and the benchmark's calling threads (our client, or the JDK's). Their sum bounds what the
   * machine can serve whatever else runs on it: cores / (server + client CPU per request).
   */
  @Setup(Level.Iteration)
  public void startCounting() {
    fake.clearRequests();
    calls.reset();
    serverCpuAtStart = cpuNanos(true);
    clientCpuAtStart = cpuNanos(false);
  }

  @TearDown(Level.Iteration)
  public void reportCpu() {
    long n = calls.sum();
    if (n > 0) {
      double server = (cpuNanos(true) - serverCpuAtStart) / 1000.0 / n;
      double client = (cpuNanos(false) - clientCpuAtStart) / 1000.0 / n;
      System.out.printf("%n[cpu per request] %d requests: fake server %.1f us, client %.1f us"
          + " (%.0f requests/s per core on both sides)%n", n, server, client, 1e6 / (server + client));
    }
  }

  private static long cpuNanos(boolean server) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo t : mx.dumpAllThreads(false, false)) {
      String n = t.getThreadName();
      boolean serverThread = n.startsWith("fake-partner-center-") || n.startsWith("HTTP-Dispatcher");
      boolean clientThread = n.contains("jmh-worker") || n.startsWith("HttpClient-");
      if (server ? serverThread : clientThread) {
        total += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
      }
    }
    return total;
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    fake.close();
  }

  @Benchmark
  public Customer getCustomer() {
    calls.increment();
    return client.customers().get(customerIds.get(ThreadLocalRandom.current().nextInt(customerIds.size())));
  }

  @Benchmark
  public Subscription getSubscription() {
    calls.increment();
    return client.subscriptions(customerId).get(subscriptionId);
  }

  /** The same GET with the JDK's own HttpClient: the fake's capacity without our client's work. */
  @Benchmark
  public int getCustomerWithJdkClient() throws Exception {
    calls.increment();
    String id = customerIds.get(ThreadLocalRandom.current().nextInt(customerIds.size()));
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(fake.endpoint() + "/customers/" + id))
        .header("Authorization", "Bearer benchmark").header("Accept", "application/json").build();
    return jdk.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()).statusCode();
  }

  @Benchmark
  public Object listCustomersFirstPage() {
    calls.increment();
    return client.customers().list().byPage().iterator().next();
  }
}
