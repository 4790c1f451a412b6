package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The seats of a new-commerce subscription that can still be removed with a refund. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRefundableQuantity.class)
@JsonDeserialize(as = ImmutableRefundableQuantity.class)
public abstract class RefundableQuantity {
  public abstract Optional<Integer> totalQuantity();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RefundableQuantityDetail> details();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link RefundableQuantity}. */
  public static final class Builder extends ImmutableRefundableQuantity.Builder {}
}
