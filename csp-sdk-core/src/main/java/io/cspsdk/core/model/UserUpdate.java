package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The attributes to change on an existing user ({@code PATCH /customers/{c}/users/{u}}): only those set are sent.
 * Checked when sent: at least one attribute, and the same rules as {@link NewUser} for the user principal name,
 * display name and usage location.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableUserUpdate.class)
@JsonDeserialize(as = ImmutableUserUpdate.class)
public abstract class UserUpdate {
  public abstract Optional<String> userPrincipalName();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> displayName();

  /** Two-letter country code. */
  public abstract Optional<String> usageLocation();

  public abstract Optional<String> phoneNumber();

  public abstract Optional<String> immutableId();

  /** Whether no attribute is set. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return userPrincipalName().isEmpty() && firstName().isEmpty() && lastName().isEmpty() && displayName().isEmpty()
        && usageLocation().isEmpty() && phoneNumber().isEmpty() && immutableId().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link UserUpdate}. */
  public static final class Builder extends ImmutableUserUpdate.Builder {}
}
