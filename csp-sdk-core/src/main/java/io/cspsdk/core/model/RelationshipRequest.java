package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The invitation link a customer follows to accept the partner as its reseller. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRelationshipRequest.class)
@JsonDeserialize(as = ImmutableRelationshipRequest.class)
public abstract class RelationshipRequest {
  public abstract Optional<String> url();

  /** {@code etag} and {@code objectType}. */
  public abstract Optional<ResourceAttributes> attributes();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link RelationshipRequest}. */
  public static final class Builder extends ImmutableRelationshipRequest.Builder {}
}
