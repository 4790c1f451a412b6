package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** Prices of an order line item (present with {@code include_price=true}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOrderPricing.class)
@JsonDeserialize(as = ImmutableOrderPricing.class)
public abstract class OrderPricing {
  public abstract Optional<BigDecimal> listPrice();

  public abstract Optional<BigDecimal> discountedPrice();

  public abstract Optional<BigDecimal> proratedPrice();

  public abstract Optional<BigDecimal> price();

  public abstract Optional<BigDecimal> extendedPrice();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link OrderPricing}. */
  public static final class Builder extends ImmutableOrderPricing.Builder {}
}
