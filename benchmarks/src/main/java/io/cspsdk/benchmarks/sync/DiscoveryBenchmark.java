package io.cspsdk.benchmarks.sync;

import io.cspsdk.core.Page;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.Sleeper;
import io.cspsdk.core.model.Customer;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.DiscoveryListener;
import io.cspsdk.sync.discovery.DiscoveryProgress;
import io.cspsdk.sync.discovery.DiscoveryScope;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.store.JobStore;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.LatencyProfile;
import io.cspsdk.testkit.RateLimit;
import io.cspsdk.testkit.Seeder;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Discovery figures against the fake over loopback HTTP:
 * <ul>
 *   <li>{@code concurrency [customers]}: 50 ms per call on the wall clock, customers with 5 subscriptions and 10
 *   users; a sequential loop of the same calls through the same client vs discovery with concurrency 8.</li>
 *   <li>{@code ratelimit [users]}: one customer with many users (a licence call each) under the fake's per-tenant
 *   limit of 6,000 requests/minute on the wall clock, client limiter on and off: sustained rate and 429s.</li>
 *   <li>{@code heap}: peak heap after GC during discovery of 2,000 and of 20,000 customers, above the heap held by
 *   the fake's own state, with the JDBC store on PostgreSQL ({@code -Dpostgres=true}) or an H2 file.</li>
 *   <li>{@code sink [customers]}: the JDBC mirror on H2 and PostgreSQL vs a sink that stores nothing: rows per second
 *   and the sink's share of the run.</li>
 * </ul>
 * Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.cspsdk.benchmarks.sync.DiscoveryBenchmark concurrency}.
 */
public final class DiscoveryBenchmark {
  private static final String BASIC = "CFQ7TTC0LH18:0001";
  private static final String BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";
  private static final String[] PRODUCTS = {"CFQ7TTC0LH18:0001", "CFQ7TTC0LFLX:0002", "CFQ7TTC0LCHC:0002",
      "CFQ7TTC0LF8Q:0001", "CFQ7TTC0LHSF:0001"};

  private DiscoveryBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "concurrency" : args[0];
    int n = args.length > 1 ? Integer.parseInt(args[1]) : -1;
    System.out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    switch (mode) {
      case "concurrency" -> concurrency(n < 0 ? 2000 : n);
      case "ratelimit" -> rateLimit(n < 0 ? 3000 : n);
      case "heap" -> {
        heap(2000);
        heap(20000);
      }
      case "sink" -> sink(n < 0 ? 2000 : n);
      default -> throw new IllegalArgumentException("mode: concurrency, ratelimit, heap or sink");
    }
  }

  private static void concurrency(int customers) {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(32).requireCustomerAgreement(false)
        .latencyProfile(LatencyProfile.everyRequest(LatencyProfile.fixed(Duration.ofMillis(50)))).build().start()) {
      Seeder s = fake.seed();
      for (int i = 0; i < customers; i++) {
        s.customer("Customer " + i, "c" + i + ".onmicrosoft.com");
        for (String p : PRODUCTS) {
          s.subscription(p, 3);
        }
        s.users(10);
      }
      try (PartnerCenterClient pc = fake.clientBuilder().maxConnections(32).build()) {
        long t0 = System.nanoTime();
        long calls = 0;
        long items = 0;
        for (Page<Customer> page : pc.customers().list().byPage()) {
          calls++;
          for (Customer c : page.items()) {
            items += 1 + pc.subscriptions(c.id()).list().stream().count() + pc.users(c.id()).list().stream().count();
            calls += 2;
          }
        }
        double sequential = (System.nanoTime() - t0) / 1e9;
        System.out.printf("sequential loop: %d calls, %d items in %.1f s%n", calls, items, sequential);
        CountingSink sink = new CountingSink();
        t0 = System.nanoTime();
        RunRecord run = Discovery.builder().client(pc).partnerId("bench").store(new InMemoryJobStore()).sink(sink)
            .scope(DiscoveryScope.of(ItemKind.CUSTOMER, ItemKind.SUBSCRIPTION, ItemKind.USER)).concurrency(8)
            .build().run();
        double parallel = (System.nanoTime() - t0) / 1e9;
        System.out.printf("discovery, concurrency 8: %s, %d items in %.1f s%n", run.state(), sink.rows.get(),
            parallel);
        System.out.printf("speed-up: %.1fx%n", sequential / parallel);
      }
    }
  }

  private static void rateLimit(int users) {
    for (boolean clientLimiter : new boolean[] {true, false}) {
      try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(16).requireCustomerAgreement(false)
          .journalCapacity(0).rateLimit(RateLimit.perMinute(6000).onWallClock()).build().start()) {
        Seeder s = fake.seed().customer("Big", "big.onmicrosoft.com");
        for (int seats = 0; seats < users; seats += 300) {
          s.subscription(BASIC, 300); // at most 300 seats per subscription
        }
        for (int i = 0; i < users; i++) {
          s.user("u" + i + "@big.onmicrosoft.com", BASIC_SKU);
        }
        PartnerCenterClient.Builder b = fake.clientBuilder().sleeper(Sleeper.system())
            .clock(java.time.Clock.systemUTC());
        if (clientLimiter) {
          b.rateLimit(6000);
        }
        try (PartnerCenterClient pc = b.build()) {
          Counting429 meter = new Counting429();
          long t0 = System.nanoTime();
          RunRecord run = Discovery.builder().client(pc).partnerId("bench").store(new InMemoryJobStore())
              .sink(new CountingSink()).listener(meter).concurrency(8)
              .scope(DiscoveryScope.of(ItemKind.CUSTOMER, ItemKind.USER, ItemKind.LICENSE)).build().run();
          double seconds = (System.nanoTime() - t0) / 1e9;
          long calls = meter.calls;
          System.out.printf("client limiter %s: %s, %d calls in %.1f s = %.0f/min (%.1f %% of 6,000), failed %d%n",
              clientLimiter ? "on (6,000/min)" : "off", run.state(), calls, seconds, calls / seconds * 60,
              calls / seconds * 60 / 6000 * 100, run.counters().total().failed());
        }
      }
    }
  }

  private static void heap(int customers) throws Exception {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(8).requireCustomerAgreement(false)
        .journalCapacity(0).build().start()) {
      Seeder s = fake.seed();
      for (int i = 0; i < customers; i++) {
        s.customer("Customer " + i, "c" + i + ".onmicrosoft.com").subscription(BASIC, 3).users(2);
      }
      DataSource ds = Boolean.getBoolean("postgres") ? postgres() : h2File();
      JdbcJobStore.SCHEMA.apply(ds);
      JobStore store = new JdbcJobStore(ds);
      double baseline = usedMb();
      HeapSampler sampler = new HeapSampler(Math.max(1, customers / 10));
      try (PartnerCenterClient pc = fake.clientBuilder().build()) {
        long t0 = System.nanoTime();
        RunRecord run = Discovery.builder().client(pc).partnerId("heap-" + customers).store(store)
            .sink(new CountingSink()).listener(sampler).concurrency(8)
            .scope(DiscoveryScope.of(ItemKind.CUSTOMER, ItemKind.SUBSCRIPTION, ItemKind.USER)).build().run();
        System.out.printf("%,d customers: %s in %.1f s; heap after GC before the run %.1f MB (the fake's state), "
                + "peak during the run %.1f MB, discovery's share %.1f MB%n", customers, run.state(),
            (System.nanoTime() - t0) / 1e9, baseline, sampler.peak, sampler.peak - baseline);
      }
    }
  }

  private static void sink(int customers) throws Exception {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().threads(8).requireCustomerAgreement(false)
        .journalCapacity(0).build().start()) {
      Seeder s = fake.seed();
      for (int i = 0; i < customers; i++) {
        String d = "c" + i + ".onmicrosoft.com";
        s.customer("Customer " + i, d).subscription(BASIC, 5).addOn("CFQ7TTC0LHWP:0001", 2).users(2)
            .user("a@" + d, BASIC_SKU).user("b@" + d, BASIC_SKU);
      }
      try (PartnerCenterClient pc = fake.clientBuilder().build()) {
        run(pc, "warm-up, no-op sink", new CountingSink());
        run(pc, "no-op sink", new CountingSink());
        DataSource h2 = new JdbcDataSource();
        ((JdbcDataSource) h2).setURL("jdbc:h2:mem:bench" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcMirrorSink.SCHEMA.apply(h2);
        run(pc, "JDBC mirror on H2 (in memory)", new TimedSink(new JdbcMirrorSink(h2)));
        if (Boolean.getBoolean("postgres")) {
          DataSource pg = postgres();
          JdbcMirrorSink.SCHEMA.apply(pg);
          run(pc, "JDBC mirror on PostgreSQL 15", new TimedSink(new JdbcMirrorSink(pg)));
        }
      }
    }
  }

  private static void run(PartnerCenterClient pc, String label, DiscoverySink sink) {
    long t0 = System.nanoTime();
    RunRecord run = Discovery.builder().client(pc).partnerId("sink-" + UUID.randomUUID()).store(new InMemoryJobStore())
        .sink(sink).concurrency(4).scope(DiscoveryScope.of(ItemKind.CUSTOMER, ItemKind.SUBSCRIPTION, ItemKind.USER,
            ItemKind.LICENSE, ItemKind.SUBSCRIBED_SKU)).build().run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (sink instanceof TimedSink t) {
      double inSink = t.nanos.get() / 1e9;
      System.out.printf("%s: %s, %d rows in %.2f s wall; %.2f s inside the sink over 4 workers = %.0f rows/s per "
              + "worker, %.0f rows/s wall; sink share of worker time %.0f %%%n", label, run.state(), t.rows.get(),
          seconds, inSink, t.rows.get() / inSink, t.rows.get() / seconds, 100 * inSink / (seconds * 4));
    } else {
      System.out.printf("%s: %s, %d rows in %.2f s%n", label, run.state(), ((CountingSink) sink).rows.get(), seconds);
    }
  }

  /** A fresh schema in the test database, behind a small connection pool (H2's, over the driver's pooled source). */
  private static DataSource postgres() throws Exception {
    PGConnectionPoolDataSource admin = new PGConnectionPoolDataSource();
    admin.setUrl(System.getProperty("cspsdk.test.postgres.url", "jdbc:postgresql://localhost:5432/cspsdk_test"));
    admin.setUser(System.getProperty("cspsdk.test.postgres.user", "cspsdk"));
    admin.setPassword(System.getProperty("cspsdk.test.postgres.password", "cspsdk"));
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    admin.setCurrentSchema(schema);
    return JdbcConnectionPool.create(admin);
  }

  private static DataSource h2File() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("discovery-heap").resolve("db")
        + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  static double usedMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /** Counts rows, stores nothing. */
  static class CountingSink implements DiscoverySink {
    final AtomicLong rows = new AtomicLong();

    @Override
    public void accept(RunId runId, List<DiscoveredItem> items) {
      rows.addAndGet(items.size());
    }
  }

  /** Times a real sink. */
  static final class TimedSink extends CountingSink {
    private final DiscoverySink delegate;
    final AtomicLong nanos = new AtomicLong();

    TimedSink(DiscoverySink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void accept(RunId runId, List<DiscoveredItem> items) {
      long t = System.nanoTime();
      delegate.accept(runId, items);
      nanos.addAndGet(System.nanoTime() - t);
      rows.addAndGet(items.size());
    }
  }

  /** The last progress's call count. */
  static final class Counting429 implements DiscoveryListener {
    volatile long calls;

    @Override
    public void onProgress(DiscoveryProgress p) {
      calls = p.apiCalls();
    }
  }

  /** Heap after GC every {@code every} customers. */
  static final class HeapSampler implements DiscoveryListener {
    private final int every;
    volatile double peak;

    HeapSampler(int every) {
      this.every = every;
    }

    @Override
    public synchronized void onProgress(DiscoveryProgress p) {
      if (p.customersDone() % every == 0) {
        peak = Math.max(peak, usedMb());
      }
    }
  }
}
