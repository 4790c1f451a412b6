package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A warning Partner Center returned with a licence update (e.g. a service plan conflict). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLicenseWarning.class)
@JsonDeserialize(as = ImmutableLicenseWarning.class)
public abstract class LicenseWarning {
  public abstract Optional<String> code();

  public abstract Optional<String> message();

  public abstract List<String> servicePlans();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link LicenseWarning}. */
  public static final class Builder extends ImmutableLicenseWarning.Builder {}
}
