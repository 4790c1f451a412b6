package io.cspsdk.testkit;

import io.cspsdk.core.PartnerCenterClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension serving a {@link FakePartnerCenter}. Use it through {@link FakePartnerCenterTest}, or as a field:
 * a {@code static} {@code @RegisterExtension} field gives one server per class (state reset before each test), an
 * instance field a new server per test. It injects {@link FakePartnerCenter}, {@link FakeClock} and a
 * {@link PartnerCenterClient} wired to the fake, whose waits (backoff, Retry-After, polling) advance the fake clock.
 * Each test class has its own server, so classes may run in parallel; methods of one class share it and must not.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakePartnerCenterExtension PC = FakePartnerCenterExtension.create()
 *     .initialState(seed -> seed.customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10));
 * }</pre>
 */
public final class FakePartnerCenterExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FakePartnerCenterExtension.class);

  private long seed = 42;
  private int maxPageSize = 50;
  private boolean requireCustomerAgreement = true;
  private Instant start;
  private Consumer<Seeder> initialState;
  private Consumer<PartnerCenterClient.Builder> clientCustomizer = b -> { };
  private volatile Server current;
  private volatile boolean perClass;

  /** Used by {@link FakePartnerCenterTest}; for fields prefer {@link #create()}. */
  public FakePartnerCenterExtension() {}

  public static FakePartnerCenterExtension create() {
    return new FakePartnerCenterExtension();
  }

  public FakePartnerCenterExtension seed(long seed) {
    this.seed = seed;
    return this;
  }

  public FakePartnerCenterExtension maxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
    return this;
  }

  /** Whether purchases need an accepted Microsoft Customer Agreement (default true, as on Partner Center). */
  public FakePartnerCenterExtension requireCustomerAgreement(boolean required) {
    this.requireCustomerAgreement = required;
    return this;
  }

  /** Where the fake clock starts (default 2026-01-05T09:00:00Z); reset moves it back here. */
  public FakePartnerCenterExtension start(Instant start) {
    this.start = Objects.requireNonNull(start, "start");
    return this;
  }

  /** Seeding applied when the server starts and after every reset. */
  public FakePartnerCenterExtension initialState(Consumer<Seeder> seeding) {
    this.initialState = Objects.requireNonNull(seeding, "seeding");
    return this;
  }

  /** Extra client settings (retry options, timeouts, ...). */
  public FakePartnerCenterExtension client(Consumer<PartnerCenterClient.Builder> customizer) {
    this.clientCustomizer = Objects.requireNonNull(customizer, "customizer");
    return this;
  }

  /** The fake of the running test. */
  public FakePartnerCenter fake() {
    return running().fake;
  }

  /** The client wired to the fake of the running test. */
  public PartnerCenterClient client() {
    return running().client;
  }

  public FakeClock clock() {
    return running().clock;
  }

  private Server running() {
    Server s = current;
    if (s == null) {
      throw new IllegalStateException("no fake Partner Center is running outside a test");
    }
    return s;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    configureFromAnnotation(context);
    if (perClass) {
      Server s = new Server(this);
      context.getStore(NS).put(this, s);
      current = s;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (perClass && current != null) {
      current.fake.reset();
      return;
    }
    configureFromAnnotation(context);
    Server s = new Server(this);
    context.getStore(NS).put(this, s);
    current = s;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      current = null; // the method store closes the server
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    current = null;
  }

  private void configureFromAnnotation(ExtensionContext context) {
    FakePartnerCenterTest a = context.getRequiredTestClass().getAnnotation(FakePartnerCenterTest.class);
    boolean classLevel = context.getTestMethod().isEmpty();
    if (a != null && isDeclarative(context)) {
      seed = a.seed();
      maxPageSize = a.maxPageSize();
      requireCustomerAgreement = a.requireCustomerAgreement();
      if (!a.start().isEmpty()) {
        try {
          start = Instant.parse(a.start());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("@FakePartnerCenterTest(start): not an ISO-8601 instant: "
              + a.start(), e);
        }
      }
      if (!a.scenario().isEmpty()) {
        Scenario scenario = Scenario.parse(resource(context, a.scenario()));
        initialState = scenario::applyTo;
        scenario.requireCustomerAgreement().ifPresent(v -> requireCustomerAgreement = v);
        if (start == null) {
          scenario.start().ifPresent(s -> start = s);
        }
      }
      perClass = a.scope() == FakePartnerCenterTest.Scope.PER_CLASS;
    } else {
      // a static field registration sees beforeAll; an instance field only sees beforeEach
      perClass = classLevel;
    }
  }

  private boolean isDeclarative(ExtensionContext context) {
    return context.getRequiredTestClass().isAnnotationPresent(FakePartnerCenterTest.class);
  }

  private static String resource(ExtensionContext context, String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    try (InputStream in = context.getRequiredTestClass().getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("scenario: no classpath resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> t = p.getParameter().getType();
    return t == FakePartnerCenter.class || t == FakeClock.class || t == PartnerCenterClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Server s = current;
    if (s == null) {
      // constructor injection before beforeEach in per-test mode
      throw new ParameterResolutionException("the fake Partner Center is not running yet for "
          + p.getDeclaringExecutable());
    }
    Class<?> t = p.getParameter().getType();
    if (t == FakePartnerCenter.class) {
      return s.fake;
    }
    if (t == FakeClock.class) {
      return s.clock;
    }
    return s.client;
  }

  /** One running fake and its client; closed by JUnit when its context ends. */
  private static final class Server implements ExtensionContext.Store.CloseableResource {
    final FakeClock clock;
    final FakePartnerCenter fake;
    final PartnerCenterClient client;

    Server(FakePartnerCenterExtension ext) {
      clock = ext.start == null ? FakeClock.atDefaultStart() : new FakeClock(ext.start);
      FakePartnerCenter.Builder b = FakePartnerCenter.builder().clock(clock).seed(ext.seed)
          .maxPageSize(ext.maxPageSize).requireCustomerAgreement(ext.requireCustomerAgreement);
      if (ext.initialState != null) {
        b.initialState(ext.initialState);
      }
      fake = b.build().start();
      PartnerCenterClient.Builder cb = fake.clientBuilder();
      ext.clientCustomizer.accept(cb);
      client = cb.build();
    }

    @Override
    public void close() {
      client.close();
      fake.close();
    }
  }
}
