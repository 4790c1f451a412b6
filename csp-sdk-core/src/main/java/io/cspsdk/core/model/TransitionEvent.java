package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One processed step of a transition. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTransitionEvent.class)
@JsonDeserialize(as = ImmutableTransitionEvent.class)
public abstract class TransitionEvent {
  public abstract Optional<String> status();

  public abstract Optional<String> subscriptionId();

  public abstract Optional<String> eventName();

  public abstract Optional<OffsetDateTime> createdDateTime();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link TransitionEvent}. */
  public static final class Builder extends ImmutableTransitionEvent.Builder {}
}
