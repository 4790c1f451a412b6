package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An order: placed directly or by checking out a cart. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(as = ImmutableOrder.class)
public abstract class Order {
  /** The order id; always sent by Partner Center. */
  public abstract String id();

  public abstract Optional<String> alternateId();

  public abstract Optional<String> referenceCustomerId();

  public abstract Optional<BillingCycle> billingCycle();

  public abstract Optional<String> currencyCode();

  public abstract Optional<String> currencySymbol();

  public abstract Optional<OffsetDateTime> creationDate();

  /** Always sent by Partner Center. */
  public abstract OrderStatus status();

  public abstract Optional<TransactionType> transactionType();

  public abstract Optional<BigDecimal> totalPrice();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<OrderLineItem> lineItems();

  /** Partner Center's related-resource links by name (self, next, offer, ...). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, ResourceLink> links();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Order}. */
  public static final class Builder extends ImmutableOrder.Builder {}
}
