package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a cart line item cannot be checked out. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCartLineItemError.class)
@JsonDeserialize(as = ImmutableCartLineItemError.class)
public abstract class CartLineItemError {
  public abstract Optional<String> errorCode();

  public abstract Optional<String> errorDescription();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CartLineItemError}. */
  public static final class Builder extends ImmutableCartLineItemError.Builder {}
}
