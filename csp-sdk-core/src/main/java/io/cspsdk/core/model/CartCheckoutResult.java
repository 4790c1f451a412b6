package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The result of checking out a cart: the orders created and the order groups that failed. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCartCheckoutResult.class)
@JsonDeserialize(as = ImmutableCartCheckoutResult.class)
public abstract class CartCheckoutResult {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Order> orders();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<OrderError> orderErrors();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CartCheckoutResult}. */
  public static final class Builder extends ImmutableCartCheckoutResult.Builder {}
}
