package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A licence assigned to a user: its SKU and the service plans it enables. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLicense.class)
@JsonDeserialize(as = ImmutableLicense.class)
public abstract class License {
  public abstract Optional<ProductSku> productSku();

  public abstract List<ServicePlan> servicePlans();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link License}. */
  public static final class Builder extends ImmutableLicense.Builder {}
}
