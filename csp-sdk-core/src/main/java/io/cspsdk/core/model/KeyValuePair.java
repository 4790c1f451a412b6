package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A {@code {key, value}} pair as Partner Center sends it (link headers, audit customized data). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableKeyValuePair.class)
@JsonDeserialize(as = ImmutableKeyValuePair.class)
public abstract class KeyValuePair {
  public abstract Optional<String> key();

  public abstract Optional<String> value();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link KeyValuePair}. */
  public static final class Builder extends ImmutableKeyValuePair.Builder {}
}
