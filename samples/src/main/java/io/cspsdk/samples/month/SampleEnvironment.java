package io.cspsdk.samples.month;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.CredentialOptions;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.auth.TokenCacheStore;
import io.cspsdk.core.auth.TokenCredential;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Partner Center the sample talks to: the embedded fake (with its clock, which the sample moves across the
 * month) or the real one, with the client built for it.
 */
public final class SampleEnvironment implements AutoCloseable {
  /** The fake's partner starts on this day: two months of history before the month the story tells. */
  public static final Instant FAKE_START = Instant.parse("2026-01-05T09:00:00Z");

  private final SampleSettings settings;
  private final Optional<FakePartnerCenter> fake;
  private final PartnerCenterClient client;
  private final Clock clock;
  private final String partnerId;

  private SampleEnvironment(SampleSettings settings, Optional<FakePartnerCenter> fake, PartnerCenterClient client,
                            Clock clock, String partnerId) {
    this.settings = settings;
    this.fake = fake;
    this.client = client;
    this.clock = clock;
    this.partnerId = partnerId;
  }

  /** Starts the fake, or builds the client for the real Partner Center (no call is made here). */
  public static SampleEnvironment open(SampleSettings settings) {
    if (settings.isFake()) {
      FakePartnerCenter fake = FakePartnerCenter.builder().clock(new FakeClock(FAKE_START)).seed(2026).build()
          .start();
      return new SampleEnvironment(settings, Optional.of(fake), fake.client(), fake.clock(), "fake-partner");
    }
    SampleSettings.Credentials c = settings.credentials().orElseThrow();
    TokenCredential credential = c.refreshToken().isPresent() ? importedOnFirstUse(c)
        : PartnerCredentials.appOnly(c.tenantId(), c.clientId(), c.clientSecret());
    PartnerCenterClient client = PartnerCenterClient.builder()
        .credential(credential)
        .applicationName("csp-sdk-month-sample")
        .build();
    return new SampleEnvironment(settings, Optional.empty(), client, Clock.systemUTC(), c.tenantId());
  }

  /**
   * App+user credentials from the refresh token in the environment: the token is imported into an in-memory token
   * cache when the first token is needed (a product keeps the cache in its own {@link TokenCacheStore}).
   */
  private static TokenCredential importedOnFirstUse(SampleSettings.Credentials c) {
    TokenCacheStore cache = TokenCacheStore.inMemory();
    TokenCredential appPlusUser = PartnerCredentials.appPlusUser(c.tenantId(), c.clientId(), c.clientSecret(), cache);
    AtomicBoolean imported = new AtomicBoolean();
    return request -> {
      synchronized (imported) {
        if (!imported.get()) {
          PartnerCredentials.importRefreshToken(c.tenantId(), c.clientId(), c.clientSecret(),
              c.refreshToken().orElseThrow(), cache, CredentialOptions.defaults());
          imported.set(true);
        }
      }
      return appPlusUser.getToken(request);
    };
  }

  /** The settings this environment was opened with. */
  public SampleSettings settings() {
    return settings;
  }

  /** Whether this is the embedded fake. */
  public boolean isFake() {
    return fake.isPresent();
  }

  /** Whether write steps may run. */
  public boolean writesAllowed() {
    return settings.writesAllowed();
  }

  /** Whether users and licences can be read and written (app+user credentials; always on the fake). */
  public boolean appPlusUser() {
    return isFake() || settings.credentials().flatMap(SampleSettings.Credentials::refreshToken).isPresent();
  }

  /** The fake, when this is the fake. */
  public Optional<FakePartnerCenter> fake() {
    return fake;
  }

  /** The client, over real HTTP in both cases. */
  public PartnerCenterClient client() {
    return client;
  }

  /** The clock: the fake's, or the system clock. */
  public Clock clock() {
    return clock;
  }

  /** The partner's id, the key of its discovery job. */
  public String partnerId() {
    return partnerId;
  }

  /** Moves the fake's clock (renewals, windows and invoices follow); refused on the real Partner Center. */
  public void advanceTo(Instant instant) {
    FakePartnerCenter f = fake.orElseThrow(() -> new IllegalStateException("only the fake's clock can be moved"));
    if (instant.isAfter(f.clock().instant())) {
      f.clock().advance(Duration.between(f.clock().instant(), instant));
    }
  }

  @Override
  public void close() {
    if (fake.isPresent()) {
      fake.get().close();     // closes its client too
    } else {
      client.close();
    }
  }
}
