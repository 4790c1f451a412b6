package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A customer's billing profile; {@code defaultAddress} is the billing address. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBillingProfile.class)
@JsonDeserialize(as = ImmutableBillingProfile.class)
public abstract class BillingProfile {
  public abstract Optional<String> id();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> email();

  public abstract Optional<String> culture();

  public abstract Optional<String> language();

  public abstract Optional<String> companyName();

  public abstract Optional<Address> defaultAddress();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link BillingProfile}. */
  public static final class Builder extends ImmutableBillingProfile.Builder {}
}
