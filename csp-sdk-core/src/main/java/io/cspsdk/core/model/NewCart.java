package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What is sent to create a new-commerce cart ({@code POST /customers/{id}/carts}): its line items (catalog item
 * id and quantity each, checked when the cart is created). Partner Center answers with a {@link Cart}, whose id
 * is then always present.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNewCart.class)
@JsonDeserialize(as = ImmutableNewCart.class)
public abstract class NewCart {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CartLineItem> lineItems();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link NewCart}. */
  public static final class Builder extends ImmutableNewCart.Builder {}
}
