package io.cspsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.NewOrder;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.OrderLineItem;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@FakePartnerCenterTest(requireCustomerAgreement = false, start = "2026-03-01T12:00:00Z")
class AnnotationSettingsTest {

  @Test
  void annotation_setsTheStartInstantAndTheAgreementOptOut(PartnerCenterClient pc, FakePartnerCenter fake,
                                                            FakeClock clock) {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    String c = fake.seed().customer("Contoso").lastCustomerId();
    Order o = pc.orders(c).create(NewOrder.builder().referenceCustomerId(c)
        .addLineItems(OrderLineItem.builder().lineItemNumber(0).offerId("CFQ7TTC0LH18:0001:CFQ7TTC0KCWD").quantity(2)
            .build()).build());
    assertThat(o.lineItems()).hasSize(1);
  }
}
