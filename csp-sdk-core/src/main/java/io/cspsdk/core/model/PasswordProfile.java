package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A user's password settings as sent on create and password reset; the password never appears in toString. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePasswordProfile.class)
@JsonDeserialize(as = ImmutablePasswordProfile.class)
public abstract class PasswordProfile {
  @Value.Redacted
  public abstract Optional<String> password();

  /** Whether the user must change the password at next sign-in. */
  public abstract Optional<Boolean> forceChangePassword();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link PasswordProfile}. */
  public static final class Builder extends ImmutablePasswordProfile.Builder {}
}
