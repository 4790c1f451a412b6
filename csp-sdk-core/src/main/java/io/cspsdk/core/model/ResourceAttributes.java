package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code attributes} object of a Partner Center resource: concurrency etag and object type. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableResourceAttributes.class)
@JsonDeserialize(as = ImmutableResourceAttributes.class)
public abstract class ResourceAttributes {
  public abstract Optional<String> etag();

  public abstract Optional<String> objectType();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ResourceAttributes}. */
  public static final class Builder extends ImmutableResourceAttributes.Builder {}
}
