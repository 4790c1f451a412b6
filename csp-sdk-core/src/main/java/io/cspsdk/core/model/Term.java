package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A purchasable term of an availability: duration, billing cycle, cancellation policies. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTerm.class)
@JsonDeserialize(as = ImmutableTerm.class)
public abstract class Term {
  public abstract Optional<TermDuration> duration();

  public abstract Optional<String> description();

  public abstract Optional<BillingCycle> billingCycle();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<CancellationPolicy> cancellationPolicies();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Term}. */
  public static final class Builder extends ImmutableTerm.Builder {}
}
