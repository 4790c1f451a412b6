package io.cspsdk.testkit.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.testkit.internal.state.FakeState;
import java.time.Instant;
import java.util.List;

/** Monthly invoices whose line items come from csp-sdk-billing's charge engine. */
public final class EngineInvoicing implements MonthlyInvoicing {
  private final FakeState state;

  public EngineInvoicing(FakeState state) {
    this.state = state;
  }

  @Override
  public void issue(Instant periodEnd) {
  }

  @Override
  public List<ObjectNode> unbilled(String period) {
    return List.of();
  }
}
