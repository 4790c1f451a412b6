package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The category of a legacy offer. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOfferCategory.class)
@JsonDeserialize(as = ImmutableOfferCategory.class)
public abstract class OfferCategory {
  public abstract Optional<String> id();

  public abstract Optional<String> name();

  public abstract Optional<Integer> rank();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link OfferCategory}. */
  public static final class Builder extends ImmutableOfferCategory.Builder {}
}
