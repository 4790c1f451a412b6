package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The organization a service request is raised for. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceRequestOrganization.class)
@JsonDeserialize(as = ImmutableServiceRequestOrganization.class)
public abstract class ServiceRequestOrganization {
  public abstract Optional<String> id();

  public abstract Optional<String> name();

  public abstract Optional<String> phoneNumber();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ServiceRequestOrganization}. */
  public static final class Builder extends ImmutableServiceRequestOrganization.Builder {}
}
