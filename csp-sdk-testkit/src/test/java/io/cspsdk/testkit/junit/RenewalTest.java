package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FakePartnerCenterTest
class RenewalTest {
  @Test
  void autoRenewingSubscription_renewsAtTermEnd(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    String customer = fake.seed().customer("Tailspin").subscription("CFQ7TTC0LH18:0001", 10).lastCustomerId();
    clock.advance(Duration.ofDays(366));
    Subscription s = pc.subscriptions(customer).list().iterator().next();
    assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(fake.requests()).isNotEmpty();
  }
}
