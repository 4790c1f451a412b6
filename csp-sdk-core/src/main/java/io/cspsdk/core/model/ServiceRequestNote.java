package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A note on a service request. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceRequestNote.class)
@JsonDeserialize(as = ImmutableServiceRequestNote.class)
public abstract class ServiceRequestNote {
  public abstract Optional<String> createdByName();

  public abstract Optional<OffsetDateTime> createdDate();

  public abstract Optional<String> text();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ServiceRequestNote}. */
  public static final class Builder extends ImmutableServiceRequestNote.Builder {}
}
