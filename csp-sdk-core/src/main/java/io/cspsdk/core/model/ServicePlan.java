package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One service plan inside a licence SKU (e.g. Exchange Online inside Microsoft 365 Business Standard). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServicePlan.class)
@JsonDeserialize(as = ImmutableServicePlan.class)
public abstract class ServicePlan {
  public abstract Optional<String> id();

  public abstract Optional<String> displayName();

  public abstract Optional<String> serviceName();

  public abstract Optional<String> capabilityStatus();

  public abstract Optional<String> targetType();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ServicePlan}. */
  public static final class Builder extends ImmutableServicePlan.Builder {}
}
