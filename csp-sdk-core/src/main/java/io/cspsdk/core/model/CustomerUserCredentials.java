package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The admin sign-in created with a new customer tenant; the password is redacted in toString. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCustomerUserCredentials.class)
@JsonDeserialize(as = ImmutableCustomerUserCredentials.class)
public abstract class CustomerUserCredentials {
  public abstract Optional<String> userName();

  @Value.Redacted
  public abstract Optional<String> password();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link CustomerUserCredentials}. */
  public static final class Builder extends ImmutableCustomerUserCredentials.Builder {}
}
