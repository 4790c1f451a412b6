package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Licences to assign to and remove from one user in one request ({@code licenseupdates}); the answer carries
 * {@link #licenseWarnings()}. All SKUs of one update must belong to one licence group.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLicenseUpdate.class)
@JsonDeserialize(as = ImmutableLicenseUpdate.class)
public abstract class LicenseUpdate {
  public abstract List<LicenseAssignment> licensesToAssign();

  /** SKU ids to remove. */
  public abstract List<String> licensesToRemove();

  public abstract List<LicenseWarning> licenseWarnings();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link LicenseUpdate}. */
  public static final class Builder extends ImmutableLicenseUpdate.Builder {}
}
