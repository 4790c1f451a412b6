package io.cspsdk.samples.onboarding;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.testkit.FakePartnerCenter;
import java.io.PrintStream;
import java.util.List;

/**
 * Onboards three users of a customer with two seats of Microsoft 365 Business Basic: the first two get the free
 * licences, the third one a seat bought for it. Against the fake Partner Center, started in-process.
 */
public final class OnboardingSample {
  static final String BUSINESS_BASIC = "CFQ7TTC0LH18:0001";

  private OnboardingSample() {}

  /** @param args none */
  public static void main(String[] args) {
    run(System.out);
  }

  static List<LicenceOnboarding.Onboarded> run(PrintStream out) {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
      String customer = fake.seed().customer("Contoso", "contoso.onmicrosoft.com")
          .subscription(BUSINESS_BASIC, 2).lastCustomerId();
      PartnerCenterClient pc = fake.client();
      LicenceOnboarding onboarding = new LicenceOnboarding(pc, BUSINESS_BASIC, "US");
      out.println("Onboarding three users of Contoso (2 seats of Microsoft 365 Business Basic)");
      List<LicenceOnboarding.Onboarded> done = List.of("adele", "alex", "megan").stream()
          .map(name -> onboarding.onboard(customer, user(name)))
          .toList();
      for (LicenceOnboarding.Onboarded o : done) {
        out.printf("  %-32s licence %s%s%n", o.user().userPrincipalName(), o.licenceSkuId(),
            o.seatAdded() ? ", seat added: " + o.seats() + " seats now" : "");
      }
      return done;
    }
  }

  static NewUser user(String name) {
    String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return NewUser.builder().userPrincipalName(name + "@contoso.onmicrosoft.com").displayName(display)
        .firstName(display).lastName("Contoso").usageLocation("US").password("Sample-Pa55word!").build();
  }
}
