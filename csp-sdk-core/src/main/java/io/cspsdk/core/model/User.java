package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A user account in a customer's tenant ({@code /customers/{c}/users}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableUser.class)
@JsonDeserialize(as = ImmutableUser.class)
public abstract class User {
  /** The user's object id; always sent by Partner Center. */
  public abstract String id();

  /** Always sent by Partner Center. */
  public abstract String userPrincipalName();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> displayName();

  /** Two-letter country code deciding which licences the user can get. */
  public abstract Optional<String> usageLocation();

  public abstract Optional<String> immutableId();

  public abstract Optional<PasswordProfile> passwordProfile();

  public abstract Optional<String> phoneNumber();

  public abstract Optional<String> userDomainType();

  public abstract Optional<UserState> state();

  /** When the user was soft-deleted (set for {@link UserState#INACTIVE} users). */
  public abstract Optional<OffsetDateTime> softDeletionTime();

  public abstract Optional<OffsetDateTime> lastDirectorySyncTime();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link User}. */
  public static final class Builder extends ImmutableUser.Builder {}
}
