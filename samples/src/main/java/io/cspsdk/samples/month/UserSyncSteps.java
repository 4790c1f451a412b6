package io.cspsdk.samples.month;

import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.users.ApplyResult;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.JdbcUserDirectory;
import io.cspsdk.sync.users.JdbcUserLinkStore;
import io.cspsdk.sync.users.Password;
import io.cspsdk.sync.users.StepOutcome;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.UserSync;
import io.cspsdk.sync.users.UserSyncSettings;

/**
 * Users both ways, over the mirror's tables (JdbcUserDirectory: the product edits {@code pc_user} and
 * {@code pc_license}): a user the product adds is created in Partner Center with a licence; a user the
 * customer's admin creates in Partner Center comes back to the product, dry run first.
 */
final class UserSyncSteps {
  private final Story story;
  private JdbcUserDirectory directory;
  private UserSync sync;

  UserSyncSteps(Story story) {
    this.story = story;
  }

  private boolean ready() {
    if (story.cast.newTenantId == null || story.cast.purchasedSubscriptionId == null) {
      story.console.item("skipped: user sync (needs the new tenant and its purchase)");
      return false;
    }
    if (!story.env.appPlusUser()) {
      story.console.item("skipped: user sync needs app+user credentials (CSPSDK_REFRESH_TOKEN)");
      return false;
    }
    if (!story.mayWrite("user sync")) {
      return false;
    }
    if (sync == null) {
      JdbcUserDirectory.SCHEMA.apply(story.db);
      directory = new JdbcUserDirectory(story.db, story.clock());
      sync = UserSync.builder(story.pc(), directory)
          .links(new JdbcUserLinkStore(story.db))
          .settings(UserSyncSettings.builder().defaultUsageLocation("US").build())
          .passwordDelivery((customer, upn, side, password) -> story.console.detail("password of " + upn
              + " handed to the delivery hook (" + side + " side); it is never printed or stored"))
          .clock(story.clock())
          .build();
    }
    return true;
  }

  /** The product's directory gets Alex, with a Business Standard licence; sync creates Alex in Partner Center. */
  void directoryToPartnerCenter() {
    story.console.say("The product adds Alex Wilber to " + NewTenant.NAME + " with a Business Standard licence.");
    if (!ready()) {
      return;
    }
    String customer = story.cast.newTenantId;
    Subscription bought = story.pc().subscriptions(customer).get(story.cast.purchasedSubscriptionId);
    String licence = story.pc().catalog().licenseSkuId(bought, "US").orElseThrow();
    directory.create(customer, DirectoryUser.builder().userPrincipalName("alex@" + domain())
        .displayName("Alex Wilber").firstName("Alex").lastName("Wilber").usageLocation("US").addLicences(licence)
        .build(), Password.of("Unused-in-directory-9"));
    SyncPlan plan = sync.plan(customer);
    printPlan(plan);
    print(sync.apply(plan));
  }

  /** Megan is created in Partner Center by the customer's admin; the dry run shows she would come back. */
  void partnerCenterToDirectory() {
    story.console.say("The customer's admin creates Megan Bowen in Partner Center; the product has not seen her.");
    if (!ready()) {
      return;
    }
    String customer = story.cast.newTenantId;
    User megan = story.pc().users(customer).create(NewUser.builder().userPrincipalName("megan@" + domain())
        .displayName("Megan Bowen").firstName("Megan").lastName("Bowen").usageLocation("US")
        .password("Wingtip-Welcome-2026!").build());
    story.console.item("created in Partner Center: " + megan.userPrincipalName());
    SyncPlan dryRun = sync.plan(customer);
    story.console.item("dry run (nothing changed yet):");
    printPlan(dryRun);
    story.console.item("applied:");
    print(sync.apply(dryRun));
    story.console.item("the product's directory now lists: " + String.join(", ", directory.list(customer).stream()
        .map(DirectoryUser::userPrincipalName).sorted().toList()) + "; a new plan has "
        + sync.plan(customer).steps().size() + " steps");
  }

  private String domain() {
    return story.pc().customers().get(story.cast.newTenantId).companyProfile().flatMap(p -> p.domain())
        .orElseThrow();
  }

  private void printPlan(SyncPlan plan) {
    for (String line : plan.toText().split("\n")) {
      story.console.lines(Console.wrap(line.stripTrailing(), "      ", "             "));
    }
  }

  private void print(ApplyResult result) {
    for (StepOutcome o : result.outcomes()) {
      story.console.detail(o.step().kind() + " " + o.step().userPrincipalName() + ": " + o.status()
          + (o.detail() == null || o.detail().isEmpty() ? "" : " (" + o.detail() + ")"));
    }
  }
}
