package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A link to a related resource: URI, method and the headers to send with it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableResourceLink.class)
@JsonDeserialize(as = ImmutableResourceLink.class)
public abstract class ResourceLink {
  public abstract Optional<String> uri();

  public abstract Optional<String> method();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<KeyValuePair> headers();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link ResourceLink}. */
  public static final class Builder extends ImmutableResourceLink.Builder {}
}
