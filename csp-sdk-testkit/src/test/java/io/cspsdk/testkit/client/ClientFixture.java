package io.cspsdk.testkit.client;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fake plus the real client wired to it (shared fake clock; the client's waits advance it). */
abstract class ClientFixture {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  static final String STANDARD = "CFQ7TTC0LCHC:0002";
  static final String PREMIUM = "CFQ7TTC0LCH4:0002";
  static final String DEFENDER = "CFQ7TTC0LHWP:0001";
  static final String BASIC_LICENCE = "3b555118-da6a-4418-894f-7df1e2096870";

  FakeClock clock;
  FakePartnerCenter fake;
  PartnerCenterClient client;
  /** The client under test (short name for readable tests). */
  PartnerCenterClient pc;
  final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void startFake() {
    clock = FakeClock.atDefaultStart();
    fake = FakePartnerCenter.builder().clock(clock).maxPageSize(25).build().start();
    client = fake.clientBuilder()
        .credential(PartnerCredentials.staticToken("test-token"))
        .sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .build();
    pc = client;
  }

  @AfterEach
  void stopFake() {
    client.close();
    fake.close();
  }
}
