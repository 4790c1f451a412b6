package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Seats refundable until a given time. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRefundableQuantityDetail.class)
@JsonDeserialize(as = ImmutableRefundableQuantityDetail.class)
public abstract class RefundableQuantityDetail {
  public abstract Optional<Integer> quantity();

  public abstract Optional<OffsetDateTime> allowedUntilDateTime();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link RefundableQuantityDetail}. */
  public static final class Builder extends ImmutableRefundableQuantityDetail.Builder {}
}
