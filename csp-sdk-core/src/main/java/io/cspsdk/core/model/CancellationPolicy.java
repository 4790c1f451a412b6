package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A term's cancellation policy: the refund options by time since purchase. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCancellationPolicy.class)
@JsonDeserialize(as = ImmutableCancellationPolicy.class)
public abstract class CancellationPolicy {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RefundOption> refundOptions();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CancellationPolicy}. */
  public static final class Builder extends ImmutableCancellationPolicy.Builder {}
}
