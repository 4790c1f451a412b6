package io.cspsdk.testkit.junit;

import static io.cspsdk.testkit.FakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.Subscription;
import io.cspsdk.testkit.FakePartnerCenterExtension;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FieldExtensionTest {
  @RegisterExtension
  static final FakePartnerCenterExtension PC = FakePartnerCenterExtension.create()
      .maxPageSize(10)
      .initialState(seed -> seed.customer("Contoso").subscription("CFQ7TTC0LH18:0001", 10).users(25));

  private String contoso() {
    return PC.client().customers().list().iterator().next().id();
  }

  @Test
  void staticField_injectsClientWiredToTheSeededFake() {
    List<Subscription> subs = StreamSupport.stream(PC.client().subscriptions(contoso()).list().spliterator(), false)
        .toList();
    assertThat(subs).singleElement().satisfies(s -> assertThat(s.quantity()).isEqualTo(10));
    assertThat(PC.client().users(contoso()).list()).hasSize(25);
    assertThat(PC.fake()).received("GET", "/customers/*/users").times(3).withHeader("Authorization");
  }

  @Test
  void stateChangesDoNotLeakIntoOtherTests() {
    String c = contoso();
    String sub = PC.client().subscriptions(c).list().iterator().next().id();
    PC.client().subscriptions(c).changeQuantity(sub, 20);
    assertThat(PC.client().subscriptions(c).get(sub).quantity()).isEqualTo(20);
  }

  @Test
  void stateChangesDoNotLeakIntoOtherTests_secondHalf() {
    String c = contoso();
    assertThat(PC.client().subscriptions(c).list().iterator().next().quantity()).isEqualTo(10);
  }

  @Nested
  class PerTestInstanceField {
    @RegisterExtension
    final FakePartnerCenterExtension own = FakePartnerCenterExtension.create();

    @Test
    void instanceField_startsAnEmptyServerPerTest() {
      assertThat(own.client().customers().list()).isEmpty();
      assertThat(own.fake().port()).isNotEqualTo(PC.fake().port());
    }
  }
}
