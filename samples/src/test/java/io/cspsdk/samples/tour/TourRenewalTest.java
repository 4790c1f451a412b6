package io.cspsdk.samples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README tour's last step: a test of one's own code against the fake Partner Center. */
@FakePartnerCenterTest
class TourRenewalTest {
  @Test
  void subscription_renewsAtTermEnd(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    String customer = fake.seed().customer("Tailspin").subscription("CFQ7TTC0LH18:0001", 10).lastCustomerId();
    clock.advance(Duration.ofDays(366));
    assertThat(pc.subscriptions(customer).list().iterator().next().status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }
}
