package io.cspsdk.samples.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.testkit.FakeAssertions;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumer's own service tested against the fake Partner Center: {@code @FakePartnerCenterTest} starts one
 * fake per class, resets it before every test and injects the fake and a client wired to it.
 */
@FakePartnerCenterTest
class LicenceOnboardingTest {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  static final String BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";
  static final String STANDARD = "CFQ7TTC0LCHC:0002";

  @Test
  void onboard_withAFreeSeat_createsTheUserWithTheLicenceAndBuysNothing(PartnerCenterClient pc,
      FakePartnerCenter fake) {
    var seed = fake.seed().customer("Contoso", "contoso.onmicrosoft.com").subscription(BASIC, 2);
    String customer = seed.lastCustomerId();
    String subscription = seed.lastSubscriptionId();

    LicenceOnboarding.Onboarded done = new LicenceOnboarding(pc, BASIC, "US")
        .onboard(customer, OnboardingSample.user("adele"));

    assertThat(done.seatAdded()).isFalse();
    assertThat(done.seats()).isEqualTo(2);
    assertThat(done.subscriptionId()).isEqualTo(subscription);
    assertThat(licences(pc, customer, done.user().id())).containsExactly(BASIC_SKU);
    assertThat(pc.subscriptions(customer).get(subscription).quantity()).isEqualTo(2);
    FakeAssertions.assertThat(fake).receivedNo("PATCH", "/customers/*/subscriptions/*");
  }

  @Test
  void onboard_whenEverySeatIsTaken_addsOneSeatBeforeCreatingTheUser(PartnerCenterClient pc,
      FakePartnerCenter fake) {
    var seed = fake.seed().customer("Contoso", "contoso.onmicrosoft.com").subscription(BASIC, 1);
    String customer = seed.lastCustomerId();
    String subscription = seed.lastSubscriptionId();
    LicenceOnboarding onboarding = new LicenceOnboarding(pc, BASIC, "US");

    LicenceOnboarding.Onboarded first = onboarding.onboard(customer, OnboardingSample.user("adele"));
    LicenceOnboarding.Onboarded second = onboarding.onboard(customer, OnboardingSample.user("alex"));

    assertThat(first.seatAdded()).isFalse();
    assertThat(second.seatAdded()).isTrue();
    assertThat(second.seats()).isEqualTo(2);
    assertThat(pc.subscriptions(customer).get(subscription).quantity()).isEqualTo(2);
    assertThat(licences(pc, customer, second.user().id())).containsExactly(BASIC_SKU);
    SubscribedSku basic = pc.licenses(customer).subscribedSkus().stream()
        .filter(s -> s.productSku().flatMap(p -> p.id()).orElse("").equals(BASIC_SKU)).findFirst().orElseThrow();
    assertThat(basic.consumedUnits()).contains(2);
    assertThat(basic.availableUnits()).contains(0);
    FakeAssertions.assertThat(fake).received("PATCH", "/customers/*/subscriptions/*").times(1)
        .withBodyContaining("\"quantity\":2");
  }

  @Test
  void onboard_customerWithoutTheProduct_isRefusedAndCreatesNoUser(PartnerCenterClient pc, FakePartnerCenter fake) {
    String customer = fake.seed().customer("Fabrikam", "fabrikam.onmicrosoft.com").subscription(STANDARD, 5)
        .lastCustomerId();

    assertThatThrownBy(() -> new LicenceOnboarding(pc, BASIC, "US").onboard(customer, OnboardingSample.user("x")))
        .isInstanceOf(OnboardingException.class)
        .hasMessage("customer " + customer + " has no active subscription of " + BASIC + "; nothing was created");
    assertThat(pc.users(customer).list().stream().count()).isZero();
    FakeAssertions.assertThat(fake).receivedNo("POST", "/customers/*/users");
  }

  @Test
  void main_onboardsThreeUsers_theThirdWithABoughtSeat() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<LicenceOnboarding.Onboarded> done = OnboardingSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(done).extracting(LicenceOnboarding.Onboarded::seatAdded).containsExactly(false, false, true);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("megan@contoso.onmicrosoft.com", "seat added: 3 seats now");
  }

  private static List<String> licences(PartnerCenterClient pc, String customer, String userId) {
    return pc.licenses(customer).userLicenses(userId).stream()
        .map(License::productSku).map(s -> s.flatMap(p -> p.id()).orElse("?")).toList();
  }
}
