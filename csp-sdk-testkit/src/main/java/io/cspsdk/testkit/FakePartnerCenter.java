package io.cspsdk.testkit;

import com.sun.net.httpserver.HttpServer;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.testkit.internal.faults.FaultRules;
import io.cspsdk.testkit.internal.handlers.AdminHandlers;
import io.cspsdk.testkit.internal.handlers.AuditHandlers;
import io.cspsdk.testkit.internal.handlers.CatalogHandlers;
import io.cspsdk.testkit.internal.handlers.Commerce;
import io.cspsdk.testkit.internal.handlers.CustomerHandlers;
import io.cspsdk.testkit.internal.handlers.ExportHandlers;
import io.cspsdk.testkit.internal.handlers.FakeSettings;
import io.cspsdk.testkit.internal.handlers.HandlerContext;
import io.cspsdk.testkit.internal.handlers.InvoiceHandlers;
import io.cspsdk.testkit.internal.handlers.LicenceHandlers;
import io.cspsdk.testkit.internal.handlers.OrderHandlers;
import io.cspsdk.testkit.internal.handlers.RelationshipHandlers;
import io.cspsdk.testkit.internal.handlers.PriceSheetHandlers;
import io.cspsdk.testkit.internal.handlers.SubscriptionHandlers;
import io.cspsdk.testkit.internal.handlers.UserHandlers;
import io.cspsdk.testkit.internal.journal.Journal;
import io.cspsdk.testkit.internal.limits.RateLimiter;
import io.cspsdk.testkit.internal.lifecycle.EngineInvoicing;
import io.cspsdk.testkit.internal.lifecycle.Lifecycle;
import io.cspsdk.testkit.internal.paging.Paging;
import io.cspsdk.testkit.internal.server.Dispatcher;
import io.cspsdk.testkit.internal.server.Idempotency;
import io.cspsdk.testkit.internal.server.Router;
import io.cspsdk.testkit.internal.state.FakeState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A stateful, in-memory fake Partner Center served over real HTTP on a loopback port. It speaks Partner Center's
 * paths, headers, JSON, paging envelopes and error bodies, enforces its commerce rules, moves with a
 * {@link FakeClock}, injects faults and journals every request. Thread-safe; {@link #close()} stops the server.
 *
 * <pre>{@code
 * try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
 *   fake.seed().customer("Contoso").agreementAccepted().subscription("CFQ7TTC0LH18:0001", 10).users(3);
 *   PartnerCenterClient pc = fake.client(); // or fake.clientBuilder()....build()
 * }
 * }</pre>
 */
public final class FakePartnerCenter implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY each answer waits for the client's
    // delayed ACK (about 40 ms). Must be set before the JDK's server configuration is first read.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final FakeClock clock;
  private final Instant start;
  private final FakeState state;
  private final FakeSettings settings = new FakeSettings();
  private final Journal journal;
  private final FaultRules faultRules = new FaultRules();
  private final Idempotency idempotency = new Idempotency();
  private final Commerce commerce;
  private final Lifecycle lifecycle;
  private final EngineInvoicing invoicing;
  private final Dispatcher dispatcher;
  private final int port;
  private final int threads;
  private final Consumer<Seeder> initialSeed;
  private final Builder settingsAtBuild;
  private final Consumer<Instant> clockListener;
  private volatile HttpServer server;
  private volatile ExecutorService executor;
  private volatile String baseUri;
  private PartnerCenterClient client;

  private FakePartnerCenter(Builder b) {
    this.clock = b.clock != null ? b.clock : FakeClock.atDefaultStart();
    this.start = clock.instant();
    this.state = new FakeState(clock, b.seed);
    this.settingsAtBuild = b.copy();
    this.journal = new Journal(b.journalCapacity, b.journalMaxBodyChars);
    this.port = b.port;
    this.threads = b.threads;
    this.initialSeed = b.initialSeed;
    this.commerce = new Commerce(state, settings);
    HandlerContext ctx = new HandlerContext(state, new Paging(() -> settings.maxPageSize), () -> baseUri, settings);
    this.invoicing = new EngineInvoicing(state);
    this.lifecycle = new Lifecycle(state, commerce, invoicing);
    Router router = new Router();
    new CustomerHandlers(ctx).register(router);
    new CatalogHandlers(ctx).register(router);
    new OrderHandlers(ctx, commerce).register(router);
    new SubscriptionHandlers(ctx, commerce).register(router);
    UserHandlers users = new UserHandlers(ctx);
    users.register(router);
    new LicenceHandlers(ctx, users).register(router);
    new InvoiceHandlers(ctx, invoicing::unbilled).register(router);
    new ExportHandlers(ctx, invoicing::unbilled).register(router);
    new AuditHandlers(ctx).register(router);
    new RelationshipHandlers(ctx).register(router);
    new PriceSheetHandlers(ctx).register(router);
    Router admin = new Router();
    new AdminHandlers(this).register(admin);
    Consumer<Duration> sleeper = b.sleeper != null ? b.sleeper : clock::advance;
    this.dispatcher = new Dispatcher(router, admin, state.lock, journal, faultRules, idempotency, clock, sleeper,
        b.tokenValidator);
    dispatcher.maxBodyBytes(b.maxRequestBodyBytes);
    applyBuilderSettings();
    this.clockListener = now -> {
      synchronized (state.lock) {
        lifecycle.catchUp(now);
      }
    };
    clock.addListener(clockListener);
    if (initialSeed != null) {
      initialSeed.accept(seed());
    }
  }

  /**
   * A builder with defaults: random free port, seed 42, clock at 2026-01-05T09:00Z, pages of 50, purchases needing
   * an accepted Microsoft Customer Agreement.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving on loopback; returns this. */
  public synchronized FakePartnerCenter start() {
    if (server != null) {
      return this;
    }
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
      AtomicInteger n = new AtomicInteger();
      if (threads > 0) {
        executor = Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "fake-partner-center-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
        s.setExecutor(executor);
      }
      s.createContext("/", dispatcher);
      s.start();
      server = s;
      baseUri = "http://" + s.getAddress().getHostString() + ":" + s.getAddress().getPort();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Partner Center on port " + port, e);
    }
  }

  /** The root URI, e.g. {@code http://127.0.0.1:54321}; Partner Center paths live under {@code /v1}. */
  public URI baseUri() {
    requireStarted();
    return URI.create(baseUri);
  }

  /** The Partner Center endpoint to configure a client with: {@code baseUri() + "/v1"}. */
  public URI endpoint() {
    return URI.create(baseUri() + "/v1");
  }

  /** The Microsoft Graph endpoint (reconciliation exports): {@code baseUri() + "/v1.0"}. */
  public URI graphEndpoint() {
    return URI.create(baseUri() + "/v1.0");
  }

  /** The partner pricing API endpoint (licence-based price sheets): {@code baseUri() + "/v1.0"}. */
  public URI priceSheetEndpoint() {
    return URI.create(baseUri() + "/v1.0");
  }

  public int port() {
    requireStarted();
    return server.getAddress().getPort();
  }

  public FakeClock clock() {
    return clock;
  }

  /**
   * A client builder wired the way the JUnit extension wires it: this fake's endpoints, a static token, the fake
   * clock, a sleeper that advances the fake clock (backoff, Retry-After and polling waits pass instantly) and no
   * client-side rate limiter. Add settings, then {@code build()}; the caller closes the client.
   */
  public PartnerCenterClient.Builder clientBuilder() {
    return PartnerCenterClient.builder()
        .endpoint(endpoint())
        .graphEndpoint(graphEndpoint())
        .priceSheetEndpoint(priceSheetEndpoint())
        .credential(PartnerCredentials.staticToken("fake-partner-center-token"))
        .clock(clock)
        .sleeper(clock::advance)
        .noRateLimit();
  }

  /** A client from {@link #clientBuilder()}, built once and closed with this fake. */
  public synchronized PartnerCenterClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /** Seeds state; ids come from the fake's seed. */
  public Seeder seed() {
    return new Seeder(state, commerce);
  }

  /** Applies a JSON scenario's customers, subscriptions and users. */
  public FakePartnerCenter load(Scenario scenario) {
    scenario.applyTo(seed());
    return this;
  }

  public Faults faults() {
    return new Faults(faultRules);
  }

  /**
   * The requests received so far, in arrival order: the latest {@link Builder#journalCapacity(int)} of them (10,000
   * unless configured otherwise).
   */
  public List<RecordedRequest> requests() {
    return journal.snapshot();
  }

  public void clearRequests() {
    journal.clear();
  }

  /** Replaces the bearer token check (default: any non-empty token is accepted). */
  public void tokenValidator(Predicate<String> validator) {
    dispatcher.tokenValidator(Objects.requireNonNull(validator, "validator"));
  }

  /** Enforces a per-tenant request limit from now on (429 + Retry-After beyond it); null removes it. */
  public void rateLimit(RateLimit limit) {
    dispatcher.rateLimiter(limit == null ? null
        : new RateLimiter(limit.partnerLimit(), limit.customerLimit(), limit.wallClock() ? Clock.systemUTC() : clock));
  }

  /** Delays requests by route on the wall clock from now on; null removes the delays. */
  public void latencyProfile(LatencyProfile profile) {
    LatencyProfile p = profile == null ? null : profile.restart();
    dispatcher.latency(p == null ? null : p::await);
  }

  /** Whether purchases need an accepted Microsoft Customer Agreement from now on (until {@link #reset()}). */
  public void requireCustomerAgreement(boolean required) {
    settings.requireCustomerAgreement = required;
  }

  /** Largest page served for seek- and offset-paged lists, whatever {@code size} the client asks. */
  public void maxPageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("maxPageSize: must be at least 1, was " + size);
    }
    settings.maxPageSize = size;
  }

  /** How many polls of a Graph export answer {@code running} before it succeeds (default 1). */
  public void exportPollsUntilDone(int polls) {
    settings.exportPollsUntilDone = polls;
  }

  /** Whether the fake acts as a sandbox (integration) account; customers can be deleted only there. */
  public void sandbox(boolean sandbox) {
    settings.sandbox = sandbox;
  }

  /**
   * Back to the initial state: customers, invoices, journal, faults and idempotency memory cleared, ids restarted
   * from the seed, the clock back at its start, every setting back to what the builder said (agreement rule, page
   * size, token check, rate limit, latency, ...), the builder's initial seeding re-applied.
   */
  public void reset() {
    synchronized (state.lock) {
      clock.resetTo(start);
      state.reset();
      invoicing.clearProblems();
    }
    journal.clear();
    faultRules.clear();
    idempotency.clear();
    applyBuilderSettings();
    if (initialSeed != null) {
      initialSeed.accept(seed());
    }
  }

  /**
   * Subscriptions whose recorded history the charge engine refused while invoicing (they are left out of invoices);
   * empty when every subscription was billed. For diagnostics in tests.
   */
  public List<String> billingProblems() {
    synchronized (state.lock) {
      return invoicing.problems();
    }
  }

  private void applyBuilderSettings() {
    Builder b = settingsAtBuild;
    settings.maxPageSize = b.maxPageSize;
    settings.requireCustomerAgreement = b.requireCustomerAgreement;
    settings.exportPollsUntilDone = FakeSettings.DEFAULT_EXPORT_POLLS;
    settings.sandbox = true;
    dispatcher.tokenValidator(b.tokenValidator);
    rateLimit(b.rateLimit);
    latencyProfile(b.latencyProfile);
  }

  private void requireStarted() {
    if (server == null) {
      throw new IllegalStateException("the fake is not started: call start()");
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    clock.removeListener(clockListener);
    if (server != null) {
      server.stop(0);
      if (executor != null) {
        executor.shutdownNow();
        try {
          executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      server = null;
    }
  }

  /** Builder of {@link FakePartnerCenter}. */
  public static final class Builder {
    private FakeClock clock;
    private long seed = 42;
    private int port;
    private int threads = 4;
    private int maxPageSize = 50;
    private int journalCapacity = Journal.DEFAULT_CAPACITY;
    private long journalMaxBodyChars = Journal.DEFAULT_MAX_BODY_CHARS;
    private int maxRequestBodyBytes = Dispatcher.DEFAULT_MAX_BODY_BYTES;
    private Predicate<String> tokenValidator = t -> true;
    private Consumer<Duration> sleeper;
    private Consumer<Seeder> initialSeed;
    private boolean requireCustomerAgreement = true;
    private RateLimit rateLimit;
    private LatencyProfile latencyProfile;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.clock = clock;
      c.seed = seed;
      c.port = port;
      c.threads = threads;
      c.maxPageSize = maxPageSize;
      c.journalCapacity = journalCapacity;
      c.journalMaxBodyChars = journalMaxBodyChars;
      c.maxRequestBodyBytes = maxRequestBodyBytes;
      c.tokenValidator = tokenValidator;
      c.sleeper = sleeper;
      c.initialSeed = initialSeed;
      c.requireCustomerAgreement = requireCustomerAgreement;
      c.rateLimit = rateLimit;
      c.latencyProfile = latencyProfile;
      return c;
    }

    /**
     * Whether purchases need an accepted Microsoft Customer Agreement (13605 otherwise): true by default, as on
     * Partner Center. Seeding a subscription records the agreement when the customer has none.
     */
    public Builder requireCustomerAgreement(boolean required) {
      this.requireCustomerAgreement = required;
      return this;
    }

    /** A per-tenant request limit (default none): beyond it requests are answered 429 with Retry-After. */
    public Builder rateLimit(RateLimit limit) {
      this.rateLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /** Wall-clock latency per route (default none), for benchmarks against a fake that answers like a remote service. */
    public Builder latencyProfile(LatencyProfile profile) {
      this.latencyProfile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The clock to run on (share it with the client under test). Default: {@link FakeClock#atDefaultStart()}. */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Seed of the deterministic id generator. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Port to listen on (0 = any free port, the default). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port: must be within [0, 65535], was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Server worker threads (default 4); 0 answers on the server's single connection thread (no hand-off; injected
     * latency then delays every connection).
     */
    public Builder threads(int threads) {
      if (threads < 0) {
        throw new IllegalArgumentException("threads: must not be negative, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder maxPageSize(int maxPageSize) {
      if (maxPageSize < 1) {
        throw new IllegalArgumentException("maxPageSize: must be at least 1, was " + maxPageSize);
      }
      this.maxPageSize = maxPageSize;
      return this;
    }

    /**
     * How many requests {@link FakePartnerCenter#requests()} keeps (default 10,000): beyond it the oldest are
     * dropped, so that a busy or long-running fake holds bounded memory. 0 records nothing (request assertions then
     * see no traffic).
     */
    public Builder journalCapacity(int journalCapacity) {
      if (journalCapacity < 0) {
        throw new IllegalArgumentException("journalCapacity: must not be negative, was " + journalCapacity);
      }
      this.journalCapacity = journalCapacity;
      return this;
    }

    /**
     * How much request body text the journal keeps (default 64 Mi characters, about 64 MiB): beyond it the oldest
     * requests are dropped, so that large bodies cannot exhaust the heap.
     */
    public Builder journalMaxBodyChars(long chars) {
      if (chars < 0) {
        throw new IllegalArgumentException("journalMaxBodyChars: must not be negative, was " + chars);
      }
      this.journalMaxBodyChars = chars;
      return this;
    }

    /** Largest request body accepted (default 4 MiB); larger ones answer 413 without being read. */
    public Builder maxRequestBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxRequestBodyBytes: must be at least 1, was " + bytes);
      }
      this.maxRequestBodyBytes = bytes;
      return this;
    }

    /** Bearer token check; default accepts any non-empty token. */
    public Builder tokenValidator(Predicate<String> validator) {
      this.tokenValidator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** How injected latency passes. Default: advances the fake clock (nothing really waits). */
    public Builder sleeper(Consumer<Duration> sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Seeding applied at construction and again after every {@link FakePartnerCenter#reset()}. */
    public Builder initialState(Consumer<Seeder> seeding) {
      this.initialSeed = Objects.requireNonNull(seeding, "seeding");
      return this;
    }

    /** Seeding from a scenario (its seed, start and page size apply too). */
    public Builder scenario(Scenario scenario) {
      scenario.seed().ifPresent(s -> this.seed = s);
      scenario.start().ifPresent(s -> this.clock = new FakeClock(s));
      scenario.maxPageSize().ifPresent(this::maxPageSize);
      scenario.requireCustomerAgreement().ifPresent(this::requireCustomerAgreement);
      this.initialSeed = scenario::applyTo;
      return this;
    }

    /** Builds the fake (not yet serving; call {@link FakePartnerCenter#start()}). */
    public FakePartnerCenter build() {
      return new FakePartnerCenter(this);
    }
  }
}
