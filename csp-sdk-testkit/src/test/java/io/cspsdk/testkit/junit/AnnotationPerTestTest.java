package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;

@FakePartnerCenterTest(scope = FakePartnerCenterTest.Scope.PER_TEST, maxPageSize = 5)
class AnnotationPerTestTest {
  static final Set<Integer> PORTS = new HashSet<>();

  @RepeatedTest(3)
  void eachTest_getsItsOwnServer(FakePartnerCenter fake) {
    assertThat(PORTS.add(fake.port())).isTrue();
    assertThat(fake.requests()).isEmpty();
  }
}
