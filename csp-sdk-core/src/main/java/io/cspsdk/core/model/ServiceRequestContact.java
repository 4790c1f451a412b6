package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A contact on a service request. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceRequestContact.class)
@JsonDeserialize(as = ImmutableServiceRequestContact.class)
public abstract class ServiceRequestContact {
  public abstract Optional<String> contactId();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> email();

  public abstract Optional<String> phoneNumber();

  public abstract Optional<ServiceRequestOrganization> organization();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ServiceRequestContact}. */
  public static final class Builder extends ImmutableServiceRequestContact.Builder {}
}
