package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is sent to place an order directly ({@code POST /customers/{id}/orders}): line items (offer id and
 * quantity each, checked when the order is placed), billing cycle, and the customer it is for. Partner Center
 * answers with an {@link Order}, whose id and status are then always present.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNewOrder.class)
@JsonDeserialize(as = ImmutableNewOrder.class)
public abstract class NewOrder {
  public abstract Optional<String> referenceCustomerId();

  public abstract Optional<BillingCycle> billingCycle();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<OrderLineItem> lineItems();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link NewOrder}. */
  public static final class Builder extends ImmutableNewOrder.Builder {}
}
