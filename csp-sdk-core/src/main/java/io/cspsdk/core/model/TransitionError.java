package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a transition is not possible. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTransitionError.class)
@JsonDeserialize(as = ImmutableTransitionError.class)
public abstract class TransitionError {
  public abstract Optional<String> code();

  public abstract Optional<String> description();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link TransitionError}. */
  public static final class Builder extends ImmutableTransitionError.Builder {}
}
