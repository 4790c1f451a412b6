package io.cspsdk.samples.usersync;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.users.ApplyResult;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.InMemoryUserDirectory;
import io.cspsdk.sync.users.InMemoryUserLinkStore;
import io.cspsdk.sync.users.StepOutcome;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.UserSync;
import io.cspsdk.sync.users.UserSyncSettings;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.io.PrintStream;
import java.util.Set;

/**
 * A user sync with a dry run: the product's own directory and Partner Center (the fake) each have users the other
 * lacks; the plan is printed as text and as JSON, then applied, and the plan after it is empty.
 */
public final class UserSyncDryRun {
  static final String BUSINESS_BASIC = "CFQ7TTC0LH18:0001";
  static final String BUSINESS_BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";
  static final String DOMAIN = "contoso.onmicrosoft.com";

  private UserSyncDryRun() {}

  /** @param args none */
  public static void main(String[] args) {
    FakeClock clock = FakeClock.atDefaultStart();
    try (FakePartnerCenter fake = FakePartnerCenter.builder().clock(clock).build().start()) {
      run(fake, clock, System.out);
    }
  }

  /** What the run planned and did, for tests. */
  record Outcome(SyncPlan plan, ApplyResult applied, SyncPlan after, InMemoryUserDirectory directory,
                 String customerId) {}

  static Outcome run(FakePartnerCenter fake, FakeClock clock, PrintStream out) {
    // Partner Center: 10 seats of Business Basic, Megan created there with a licence, and Lee
    String customer = fake.seed().customer("Contoso", DOMAIN).subscription(BUSINESS_BASIC, 10)
        .user("megan@" + DOMAIN, BUSINESS_BASIC_SKU).user("lee@" + DOMAIN).lastCustomerId();
    // the product's directory: Adele with a licence, Alex without usage location, Lee under another name
    InMemoryUserDirectory directory = new InMemoryUserDirectory(clock);
    directory.put(customer, DirectoryUser.builder().userPrincipalName("adele@" + DOMAIN).displayName("Adele Vance")
        .firstName("Adele").lastName("Vance").usageLocation("US").licences(Set.of(BUSINESS_BASIC_SKU)).build());
    directory.put(customer, DirectoryUser.builder().userPrincipalName("alex@" + DOMAIN).displayName("Alex Wilber")
        .firstName("Alex").lastName("Wilber").build());
    directory.put(customer, DirectoryUser.builder().userPrincipalName("lee@" + DOMAIN).displayName("Lee Gu")
        .firstName("Lee").lastName("Gu").usageLocation("US").build());

    PartnerCenterClient pc = fake.client();
    UserSync sync = UserSync.builder(pc, directory)
        .links(new InMemoryUserLinkStore())
        .settings(UserSyncSettings.builder().defaultUsageLocation("US").build())
        .passwordDelivery((customerId, upn, side, password) ->
            out.println("  (password for " + upn + " handed to the mailer for " + side + ": " + password + ")"))
        .clock(clock)
        .build();

    SyncPlan plan = sync.plan(customer);
    out.println("== Dry run: what sync would change (nothing is changed yet) ==");
    out.println(plan.toText());
    out.println("== The same plan as JSON, for a UI ==");
    out.println(plan.toJson());

    out.println("== Apply ==");
    ApplyResult applied = sync.apply(plan);
    for (StepOutcome o : applied.outcomes()) {
      out.printf("  %-16s %-14s %-30s %s%n", o.step().kind(), o.status(), o.step().userPrincipalName(),
          o.detail());
    }
    SyncPlan after = sync.plan(customer);
    out.println("Next plan: " + after.steps().size() + " steps");
    return new Outcome(plan, applied, after, directory, customer);
  }
}
