package io.cspsdk.testkit.junit;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import org.junit.jupiter.api.Test;

@FakePartnerCenterTest
class ParallelRightTest {
  @Test
  void right_runsConcurrentlyWithLeft(PartnerCenterClient client, FakePartnerCenter fake) throws Exception {
    ParallelMeetingPoint.work(client, fake, 75);
  }
}
