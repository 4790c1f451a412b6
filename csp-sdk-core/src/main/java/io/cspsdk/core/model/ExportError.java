package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a Graph billing export failed ({@code error{code, message}}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExportError.class)
@JsonDeserialize(as = ImmutableExportError.class)
public abstract class ExportError {
  public abstract Optional<String> code();

  public abstract Optional<String> message();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ExportError}. */
  public static final class Builder extends ImmutableExportError.Builder {}
}
