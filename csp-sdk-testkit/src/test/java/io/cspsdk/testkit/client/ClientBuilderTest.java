package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.testkit.FakePartnerCenter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  @Test
  void client_outsideJUnit_isWiredToTheFakeAndItsClock() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start()) {
      String id = fake.seed().customer("Contoso").lastCustomerId();
      PartnerCenterClient pc = fake.client();
      assertThat(fake.client()).isSameAs(pc);
      assertThat(pc.customers().get(id).id()).isEqualTo(id);
      // a 503 with Retry-After is retried; the wait passes on the fake clock, not the wall clock
      fake.faults().on("GET", "/customers/*").status(503, Duration.ofSeconds(45)).once();
      Instant before = fake.clock().instant();
      assertThat(pc.customers().get(id).id()).isEqualTo(id);
      assertThat(Duration.between(before, fake.clock().instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
    }
  }

  @Test
  void clientBuilder_buildsIndependentClientsWithExtraSettings() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start();
         PartnerCenterClient pc = fake.clientBuilder().responseTimeout(Duration.ofSeconds(3)).build()) {
      String id = fake.seed().customer("Contoso").lastCustomerId();
      assertThat(pc).isNotSameAs(fake.client());
      assertThat(pc.customers().get(id).id()).isEqualTo(id);
      assertThat(fake.requests().get(0).header("Authorization")).contains("Bearer fake-partner-center-token");
    }
  }
}
