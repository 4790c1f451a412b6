package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.testkit.FakePartnerCenter;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Shared by {@link ParallelLeftTest} and {@link ParallelRightTest}: two test classes that can only pass when JUnit
 * runs them at the same time (they meet at a barrier), each with its own fake. Proves that the extension is safe
 * for parallel classes (see junit-platform.properties).
 */
final class ParallelMeetingPoint {
  static final CyclicBarrier MEET = new CyclicBarrier(2);

  private ParallelMeetingPoint() {}

  static void work(PartnerCenterClient client, FakePartnerCenter fake, int customers) throws Exception {
    fake.seed().customers(customers);
    MEET.await(120, TimeUnit.SECONDS);
    for (int i = 0; i < 20; i++) {
      assertThat(client.customers().list()).hasSize(customers);
    }
    assertThat(fake.requests()).hasSize(20 * ((customers + 49) / 50))
        .allSatisfy(r -> assertThat(r.path()).isEqualTo("/customers"));
  }
}
