package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A refund window: of a subscription ({@code expiresAt}) or of a cancellation policy ({@code expiresAfter}, ISO-8601 period). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRefundOption.class)
@JsonDeserialize(as = ImmutableRefundOption.class)
public abstract class RefundOption {
  /** {@code Full} or {@code Partial}. */
  public abstract Optional<String> type();

  public abstract Optional<OffsetDateTime> expiresAt();

  public abstract Optional<String> expiresAfter();

  public abstract Optional<String> sequenceId();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link RefundOption}. */
  public static final class Builder extends ImmutableRefundOption.Builder {}
}
