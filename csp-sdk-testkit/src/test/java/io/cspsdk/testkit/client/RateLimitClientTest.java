package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.RateLimit;
import io.cspsdk.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitClientTest {

  @Test
  void client_overTheLimit_waitsRetryAfterOnTheFakeClockAndEveryCallSucceeds() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().rateLimit(RateLimit.perMinute(5)).build().start()) {
      String customer = fake.seed().customer("Contoso").lastCustomerId();
      PartnerCenterClient pc = fake.client();
      Instant before = fake.clock().instant();
      for (int i = 0; i < 12; i++) {
        assertThat(pc.customers().get(customer).id()).isEqualTo(customer);
      }
      assertThat(fake.requests()).filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(2);
      assertThat(fake.requests()).filteredOn(r -> r.status() == 200).hasSize(12);
      // 12 calls at 5 a minute: at least two full minutes waited, all on the fake clock
      assertThat(Duration.between(before, fake.clock().instant())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
      assertThat(fake.requests()).extracting(RecordedRequest::path).allMatch(p -> p.startsWith("/customers/"));
    }
  }
}
