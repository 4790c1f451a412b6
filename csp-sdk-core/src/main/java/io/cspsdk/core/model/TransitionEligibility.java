package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A target a subscription can be upgraded (transitioned) to. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTransitionEligibility.class)
@JsonDeserialize(as = ImmutableTransitionEligibility.class)
public abstract class TransitionEligibility {
  public abstract Optional<String> catalogItemId();

  public abstract Optional<String> title();

  public abstract Optional<String> description();

  public abstract Optional<Integer> quantity();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<TransitionEligibilityDetail> eligibilities();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link TransitionEligibility}. */
  public static final class Builder extends ImmutableTransitionEligibility.Builder {}
}
