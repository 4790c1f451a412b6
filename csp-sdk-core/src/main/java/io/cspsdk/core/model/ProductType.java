package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A product's type ({@code productType}), e.g. OnlineServices, Azure, Software. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableProductType.class)
@JsonDeserialize(as = ImmutableProductType.class)
public abstract class ProductType {
  public abstract Optional<String> id();

  public abstract Optional<String> displayName();

  public abstract Optional<ProductType> subType();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ProductType}. */
  public static final class Builder extends ImmutableProductType.Builder {}
}
