package io.cspsdk.core.model;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.validation.UserRules;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user to create in a customer's tenant. {@code build()} refuses bad input with a {@link ValidationException}
 * naming the field and the rule: an email-shaped user principal name, a display name, a two-letter usage location
 * and a password meeting Microsoft Entra ID's password rules (8 to 256 characters, three of: lower case, upper case,
 * digits, symbols).
 */
@Value.Immutable
@ModelStyle
public abstract class NewUser {
  public abstract String userPrincipalName();

  public abstract String displayName();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  /** Two-letter country code. */
  public abstract String usageLocation();

  @Value.Redacted
  public abstract String password();

  /** Whether the user must change the password at first sign-in; true unless set. */
  @Value.Default
  public boolean forceChangePassword() {
    return true;
  }

  public abstract Optional<String> phoneNumber();

  public abstract Optional<String> immutableId();

  @Value.Check
  protected void check() {
    UserRules.checkUserPrincipalName("userPrincipalName", userPrincipalName());
    UserRules.checkDisplayName("displayName", displayName());
    UserRules.checkUsageLocation("usageLocation", usageLocation());
    UserRules.checkPassword("password", password());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builder of {@link NewUser}. Missing required fields are refused as a {@link ValidationException} naming the
   * first missing field.
   */
  public static final class Builder extends ImmutableNewUser.Builder {
    @Override
    public NewUser build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw UserRules.missing(e);
      }
    }
  }
}
