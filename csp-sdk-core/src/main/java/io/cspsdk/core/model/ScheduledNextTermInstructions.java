package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Changes applied when a subscription renews (product, quantity, custom term end). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableScheduledNextTermInstructions.class)
@JsonDeserialize(as = ImmutableScheduledNextTermInstructions.class)
public abstract class ScheduledNextTermInstructions {
  public abstract Optional<NextTermProduct> product();

  public abstract Optional<Integer> quantity();

  public abstract Optional<OffsetDateTime> customTermEndDate();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ScheduledNextTermInstructions}. */
  public static final class Builder extends ImmutableScheduledNextTermInstructions.Builder {}
}
