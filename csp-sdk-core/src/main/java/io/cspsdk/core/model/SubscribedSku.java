package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A licence SKU the customer owns, with its seat counts ({@code /customers/{c}/subscribedskus}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubscribedSku.class)
@JsonDeserialize(as = ImmutableSubscribedSku.class)
public abstract class SubscribedSku {
  /** Seats free to assign (total minus consumed). */
  public abstract Optional<Integer> availableUnits();

  public abstract Optional<Integer> activeUnits();

  public abstract Optional<Integer> consumedUnits();

  public abstract Optional<Integer> suspendedUnits();

  public abstract Optional<Integer> totalUnits();

  public abstract Optional<Integer> warningUnits();

  public abstract Optional<ProductSku> productSku();

  public abstract List<ServicePlan> servicePlans();

  public abstract Optional<String> capabilityStatus();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link SubscribedSku}. */
  public static final class Builder extends ImmutableSubscribedSku.Builder {}
}
