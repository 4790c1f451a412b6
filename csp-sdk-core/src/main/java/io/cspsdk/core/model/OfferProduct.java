package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The product of a legacy offer. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOfferProduct.class)
@JsonDeserialize(as = ImmutableOfferProduct.class)
public abstract class OfferProduct {
  public abstract Optional<String> id();

  public abstract Optional<String> name();

  public abstract Optional<String> unit();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link OfferProduct}. */
  public static final class Builder extends ImmutableOfferProduct.Builder {}
}
