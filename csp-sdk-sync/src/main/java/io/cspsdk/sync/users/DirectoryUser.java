package io.cspsdk.sync.users;

import io.cspsdk.core.model.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A user as the partner's own directory holds it: the attributes sync keeps in step with Partner Center, the
 * licence SKUs assigned directly, the SKUs a group assigns (read-only to sync) and when the directory last changed it.
 */
@Value.Immutable
@ModelStyle
public abstract class DirectoryUser {
  /** The directory's own id; empty on a user not yet created. */
  public abstract Optional<String> id();

  public abstract String userPrincipalName();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract String displayName();

  /** Two-letter country code; Partner Center needs one before a licence can be assigned. */
  public abstract Optional<String> usageLocation();

  /** False for a disabled user (the step before deletion). */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** Licence SKU ids (Partner Center's {@code productSku.id}) assigned directly. */
  public abstract Set<String> licences();

  /** Licence SKU ids a licence group assigns; sync never assigns or removes them. */
  public abstract Set<String> groupLicences();

  /** When the directory last changed this user; used by the newest-change-wins policy. */
  public abstract Optional<Instant> modifiedAt();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link DirectoryUser}. */
  public static final class Builder extends ImmutableDirectoryUser.Builder {}
}
