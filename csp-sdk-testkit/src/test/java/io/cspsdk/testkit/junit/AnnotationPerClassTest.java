package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.Customer;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FakePartnerCenterTest(scenario = "scenarios/two-customers.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationPerClassTest {
  static int port;

  @Test
  @Order(1)
  void scenario_seedsCustomersSubscriptionsAndUsers(PartnerCenterClient client, FakePartnerCenter fake) {
    port = fake.port();
    List<Customer> customers = StreamSupport.stream(client.customers().list().spliterator(), false).toList();
    assertThat(customers).extracting(c -> c.companyProfile().orElseThrow().companyName().orElseThrow())
        .containsExactly("Contoso", "Fabrikam");
    String contoso = customers.get(0).id();
    assertThat(client.subscriptions(contoso).list()).hasSize(3);
    assertThat(client.users(contoso).list()).hasSize(1);
    assertThat(client.licenses(contoso).subscribedSkus().stream().findFirst().orElseThrow().consumedUnits()).contains(1);
    client.customers().delete(customers.get(1).id());
  }

  @Test
  @Order(2)
  void nextTest_seesResetStateOnTheSameServer(PartnerCenterClient client, FakePartnerCenter fake, FakeClock clock) {
    assertThat(fake.port()).isEqualTo(port);
    assertThat(client.customers().list()).hasSize(2);
    assertThat(clock.instant()).isEqualTo(FakeClock.atDefaultStart().instant());
    clock.advance(Duration.ofDays(1));
  }

  @Test
  @Order(3)
  void clockIsResetToo(FakeClock clock) {
    assertThat(clock.instant()).isEqualTo(FakeClock.atDefaultStart().instant());
  }
}
