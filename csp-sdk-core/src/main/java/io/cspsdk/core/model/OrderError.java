package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** An order that a cart checkout could not create. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOrderError.class)
@JsonDeserialize(as = ImmutableOrderError.class)
public abstract class OrderError {
  public abstract Optional<String> orderGroupId();

  public abstract Optional<String> code();

  public abstract Optional<String> description();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link OrderError}. */
  public static final class Builder extends ImmutableOrderError.Builder {}
}
