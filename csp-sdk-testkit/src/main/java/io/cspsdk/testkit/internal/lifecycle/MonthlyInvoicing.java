package io.cspsdk.testkit.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Issues the invoice of the billing period that ends at {@code periodEnd} and previews open periods. */
public interface MonthlyInvoicing {
  void issue(Instant periodEnd);

  /** Line items not yet invoiced: {@code current} (the open month) or {@code previous} (the last closed one). */
  List<ObjectNode> unbilled(String period);
}
