package io.cspsdk.sync.testing;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RetryOptions;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Seeder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake partner over real HTTP and a client wired to it (waits advance the fake clock): customers with a base
 * subscription and an add-on, a second subscription, users with and without licences, and three months of invoices.
 */
public final class Partner implements AutoCloseable {
  public static final String BASIC = "CFQ7TTC0LH18:0001";
  public static final String BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";
  public static final String DEFENDER = "CFQ7TTC0LHWP:0001";
  public static final String DEFENDER_SKU = "4ef96642-f096-40de-a3e9-d83fb2f90211";
  public static final String E3 = "CFQ7TTC0LFLX:0002";
  public static final String E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965";

  public final FakeClock clock = FakeClock.atDefaultStart();
  public final FakePartnerCenter fake;
  public final PartnerCenterClient client;
  public final List<String> customerIds = new ArrayList<>();

  private Partner(int customers, long seed, int pageSize) {
    fake = FakePartnerCenter.builder().clock(clock).seed(seed).maxPageSize(pageSize).build().start();
    Seeder s = fake.seed();
    for (int i = 1; i <= customers; i++) {
      String domain = "c" + i + ".onmicrosoft.com";
      s.customer(String.format("Customer %04d", i), domain).subscription(BASIC, 5 + i % 7).addOn(DEFENDER, 2);
      if (i % 3 == 0) {
        s.subscription(E3, 2);
      }
      s.users(1).user("alex@" + domain, BASIC_SKU).user("bea@" + domain, BASIC_SKU);
      if (i % 3 == 0) {
        s.user("cy@" + domain, E3_SKU);
      }
      customerIds.add(s.lastCustomerId());
    }
    client = client(fake, clock);
  }

  /** {@code customers} customers, three invoices issued; pages of at most 40. */
  public static Partner withInvoices(int customers, long seed) {
    Partner p = new Partner(customers, seed, 40);
    p.clock.advance(Duration.ofDays(92));
    return p;
  }

  /** {@code customers} customers, no invoices yet. */
  public static Partner withoutInvoices(int customers, long seed) {
    return new Partner(customers, seed, 40);
  }

  /** A client on the fake: static token, waits advance the fake clock, generous retries, no rate limit. */
  public static PartnerCenterClient client(FakePartnerCenter fake, FakeClock clock) {
    return PartnerCenterClient.builder()
        .endpoint(fake.endpoint())
        .graphEndpoint(fake.graphEndpoint())
        .credential(PartnerCredentials.staticToken("fake-partner-center-token"))
        .clock(clock)
        .sleeper(clock::advance)
        .retryOptions(RetryOptions.builder().maxAttempts(6).build())
        .noRateLimit()
        .build();
  }

  @Override
  public void close() {
    client.close();
    fake.close();
  }
}
