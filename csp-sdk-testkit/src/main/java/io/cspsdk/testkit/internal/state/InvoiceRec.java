package io.cspsdk.testkit.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** An issued invoice with its reconciliation line items (v1 shape, numbers as JSON strings). */
public final class InvoiceRec {
  public final String id;
  public final ObjectNode json;
  public final List<ObjectNode> lineItems = new ArrayList<>();

  public InvoiceRec(String id, ObjectNode json) {
    this.id = id;
    this.json = json;
  }
}
