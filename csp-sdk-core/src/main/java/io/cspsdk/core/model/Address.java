package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A postal address as Partner Center sends it ({@code billingProfile.defaultAddress}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {
  /** ISO 3166 two-letter country code. */
  public abstract Optional<String> country();

  public abstract Optional<String> region();

  public abstract Optional<String> city();

  public abstract Optional<String> state();

  public abstract Optional<String> addressLine1();

  public abstract Optional<String> addressLine2();

  public abstract Optional<String> addressLine3();

  public abstract Optional<String> postalCode();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> phoneNumber();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
