package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether one kind of transition to a target is possible. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTransitionEligibilityDetail.class)
@JsonDeserialize(as = ImmutableTransitionEligibilityDetail.class)
public abstract class TransitionEligibilityDetail {
  @JsonProperty("isEligible")
  @Value.Default
  public boolean isEligible() {
    return false;
  }

  public abstract Optional<TransitionType> transitionType();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<TransitionError> errors();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link TransitionEligibilityDetail}. */
  public static final class Builder extends ImmutableTransitionEligibilityDetail.Builder {}
}
