package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** How many units of an order line item are in a provisioning state. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableQuantityProvisioning.class)
@JsonDeserialize(as = ImmutableQuantityProvisioning.class)
public abstract class QuantityProvisioning {
  public abstract Optional<Integer> quantity();

  public abstract Optional<String> status();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link QuantityProvisioning}. */
  public static final class Builder extends ImmutableQuantityProvisioning.Builder {}
}
